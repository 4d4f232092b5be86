package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** How many of one reporter's stories one state holds (V17). */
@Entity
@Table(name = "reporter_state_count")
@IdClass(ReporterStateCount.Key.class)
public class ReporterStateCount extends KeptCount {

  @Id
  @Column(name = "reporter", length = 64, nullable = false, updatable = false)
  private String reporter;

  protected ReporterStateCount() {}

  /** The primary key: a reporter and a state (a class with settable fields, as JPA builds it). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String reporter;
    private StoryState state;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(reporter, key.reporter) && state == key.state;
    }

    @Override
    public int hashCode() {
      return Objects.hash(reporter, state);
    }
  }
}
