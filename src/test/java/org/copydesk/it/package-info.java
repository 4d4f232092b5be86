/**
 * Integration tests: the real WAR from target/ deployed to Payara Micro and to WildFly by
 * Arquillian ({@link org.copydesk.it.Deployments}), exercised over HTTP as the demo users or in the
 * container; browser tests drive headless Chromium.
 */
package org.copydesk.it;
