package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word of the desk's search index (V19): the story had it in a headline or a paragraph. Mapped
 * for the desk's text search (JPQL); written in SQL by {@link RevisionStore} and the migrations that
 * fill it ({@link StoryTermsFill}); never changed or deleted.
 */
@Entity
@Table(name = "story_term")
@IdClass(StoryTerm.Key.class)
public class StoryTerm {

  @Id
  @Column(name = "term")
  private String term;

  @Id
  @Column(name = "story_id")
  private Long storyId;

  protected StoryTerm() {}

  public String getTerm() {
    return term;
  }

  public Long getStoryId() {
    return storyId;
  }

  /** The primary key, as JPA's {@code @IdClass} needs it. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String term;
    private Long storyId;

    public Key() {}

    public Key(String term, Long storyId) {
      this.term = term;
      this.storyId = storyId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(term, k.term) && Objects.equals(storyId, k.storyId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(term, storyId);
    }
  }
}
