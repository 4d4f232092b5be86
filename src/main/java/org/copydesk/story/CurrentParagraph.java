package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A paragraph of a story's current revision (V22): what the desk's body search matches its text
 * against. Mapped for that search (JPQL); written in SQL by {@link RevisionStore} with each
 * revision, and for existing stories by V23.
 */
@Entity
@Table(name = "current_paragraph")
@IdClass(CurrentParagraph.Key.class)
public class CurrentParagraph {

  @Id
  @Column(name = "story_id")
  private Long storyId;

  @Id
  @Column(name = "paragraph_id")
  private Long paragraphId;

  protected CurrentParagraph() {}

  public Long getStoryId() {
    return storyId;
  }

  public Long getParagraphId() {
    return paragraphId;
  }

  /** The primary key, as JPA's {@code @IdClass} needs it. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long storyId;
    private Long paragraphId;

    public Key() {}

    public Key(Long storyId, Long paragraphId) {
      this.storyId = storyId;
      this.paragraphId = paragraphId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(storyId, k.storyId) && Objects.equals(paragraphId, k.paragraphId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(storyId, paragraphId);
    }
  }
}
