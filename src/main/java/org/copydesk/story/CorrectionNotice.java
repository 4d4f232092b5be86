package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The notice a correction of a published story carries to readers; written when it goes live. */
@Entity
@Table(name = "correction_notice")
public class CorrectionNotice {

  @Id
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  private Long id;

  @Column(name = "story_id", nullable = false, updatable = false)
  private long storyId;

  @Column(name = "revision_number", nullable = false, updatable = false)
  private int revisionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false, updatable = false)
  private CorrectionKind kind;

  @Column(name = "notice_text", length = 2000, nullable = false, updatable = false)
  private String text;

  @Column(name = "author", length = 64, nullable = false, updatable = false)
  private String author;

  @Column(name = "approved_by", length = 64, nullable = false, updatable = false)
  private String approvedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected CorrectionNotice() {}

  CorrectionNotice(Story story, CorrectionKind kind, String text, String approvedBy, OffsetDateTime at) {
    this.storyId = story.getId();
    this.revisionNumber = story.getCurrentRevision().getNumber();
    this.kind = kind;
    this.text = text;
    this.author = story.getCurrentRevision().getAuthor();
    this.approvedBy = approvedBy;
    this.createdAt = at;
  }

  public CorrectionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public int getRevisionNumber() {
    return revisionNumber;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
