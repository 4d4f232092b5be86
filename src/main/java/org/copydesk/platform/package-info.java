/**
 * What every feature leans on: the business exception hierarchy, the schema migration that runs
 * before anything touches the database, the clock, and the message bundle lookup.
 */
package org.copydesk.platform;
