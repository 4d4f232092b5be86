/**
 * Demo users and stories for the embedded default (mvn -Prun and the tests). Loaded only when the
 * system property {@code copydesk.demo} or the environment variable {@code COPYDESK_DEMO} is
 * {@code true}, and only into an empty database: a production server never gets known passwords.
 */
package org.copydesk.demo;
