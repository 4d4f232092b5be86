/**
 * Several Copydesk instances behind one address: two Payara Micro processes on one PostgreSQL
 * database behind a small sticky load balancer, all started and killed by the test itself
 * (ClusterIT, run only with -Ppostgresql).
 */
package org.copydesk.cluster;
