package org.copydesk.story;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How many stories one state holds (V16). Read as an entity so that reading the counts is an
 * ordinary query: read through a native statement, every desk render opened a database
 * transaction of its own and committed it (two commits per render in the benchmark's SQL count,
 * session 17).
 */
@Entity
@Table(name = "story_state_count")
public class StateCount extends KeptCount {

  protected StateCount() {}
}
