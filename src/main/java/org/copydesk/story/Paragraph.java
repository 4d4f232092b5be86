package org.copydesk.story;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One block of a story body (a paragraph, subheading, quote or list), stored once per story and
 * found again by the SHA-256 of its HTML. Revisions refer to paragraphs by id, so a revision that
 * changes one paragraph of a long story stores one new paragraph and a list of ids. Immutable,
 * hence safe to cache across transactions.
 */
@Entity
@Cacheable
@Table(name = "paragraph")
public class Paragraph {

  @Id
  @SequenceGenerator(name = "paragraph_seq", sequenceName = "paragraph_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraph_seq")
  private Long id;

  @Column(name = "story_id", nullable = false, updatable = false)
  private Long storyId;

  @Column(name = "hash", length = 64, nullable = false, updatable = false)
  private String hash;

  @Column(name = "content", length = BodyPolicy.MAX_BODY_CHARS, nullable = false, updatable = false)
  private String content;

  protected Paragraph() {}

  Paragraph(Long storyId, String hash, String content) {
    this.storyId = storyId;
    this.hash = hash;
    this.content = content;
  }

  public Long getId() {
    return id;
  }

  public String getHash() {
    return hash;
  }

  public String getContent() {
    return content;
  }
}
