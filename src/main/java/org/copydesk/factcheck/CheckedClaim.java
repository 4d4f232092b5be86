package org.copydesk.factcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One claim of one revision and the fact-checker's verdict on it. The claim itself (type, text,
 * anchor, sentence) never changes; the verdict does, until a newer revision replaces the rows.
 */
@Entity
@Table(name = "claim")
public class CheckedClaim implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
  private Long id;

  @Column(name = "story_id", nullable = false, updatable = false)
  private long storyId;

  @Column(name = "revision_number", nullable = false, updatable = false)
  private int revisionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "claim_type", length = 16, nullable = false, updatable = false)
  private ClaimType type;

  @Column(name = "claim_text", length = 4000, nullable = false, updatable = false)
  private String text;

  @Column(name = "speaker", length = 300, updatable = false)
  private String speaker;

  @Column(name = "paragraph", nullable = false, updatable = false)
  private int paragraph;

  @Column(name = "start_offset", nullable = false, updatable = false)
  private int start;

  @Column(name = "end_paragraph", nullable = false, updatable = false)
  private int endParagraph;

  @Column(name = "end_offset", nullable = false, updatable = false)
  private int end;

  @Column(name = "sentence", length = 8000, nullable = false, updatable = false)
  private String sentence;

  @Column(name = "sentence_hash", length = 64, nullable = false, updatable = false)
  private String sentenceHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private ClaimStatus status = ClaimStatus.UNCHECKED;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "source_url", length = 1000)
  private String sourceUrl;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  @Column(name = "manual", nullable = false, updatable = false)
  private boolean manual;

  @Column(name = "added_by", length = 64, updatable = false)
  private String addedBy;

  protected CheckedClaim() {}

  CheckedClaim(long storyId, int revisionNumber, Claim claim, boolean manual, String addedBy) {
    this.storyId = storyId;
    this.revisionNumber = revisionNumber;
    this.type = claim.type();
    this.text = clip(claim.text(), 4000);
    this.speaker = clip(claim.speaker(), 300);
    this.paragraph = claim.anchor().paragraph();
    this.start = claim.anchor().start();
    this.endParagraph = claim.anchor().endParagraph();
    this.end = claim.anchor().end();
    this.sentence = clip(claim.sentence(), 8000);
    this.sentenceHash = claim.sentenceHash();
    this.manual = manual;
    this.addedBy = addedBy;
  }

  /** The same claim in a later revision, keeping this one's verdict. */
  CheckedClaim carriedTo(int newRevision, Claim.Anchor anchor) {
    CheckedClaim next = new CheckedClaim();
    next.storyId = storyId;
    next.revisionNumber = newRevision;
    next.type = type;
    next.text = text;
    next.speaker = speaker;
    next.paragraph = anchor.paragraph();
    next.start = anchor.start();
    next.endParagraph = anchor.endParagraph();
    next.end = anchor.end();
    next.sentence = sentence;
    next.sentenceHash = sentenceHash;
    next.status = status;
    next.note = note;
    next.sourceUrl = sourceUrl;
    next.checkedBy = checkedBy;
    next.checkedAt = checkedAt;
    next.manual = manual;
    next.addedBy = addedBy;
    return next;
  }

  void judge(ClaimStatus verdict, String newNote, String newSourceUrl, String checker, OffsetDateTime at) {
    this.status = verdict;
    this.note = newNote;
    this.sourceUrl = newSourceUrl;
    this.checkedBy = checker;
    this.checkedAt = at;
  }

  /** What makes two claims of consecutive revisions the same claim: kind, words and an unchanged sentence. */
  String identity() {
    return type + "\u0000" + text + "\u0000" + sentenceHash;
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getStoryId() {
    return storyId;
  }

  public int getRevisionNumber() {
    return revisionNumber;
  }

  public ClaimType getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public String getSpeaker() {
    return speaker;
  }

  public int getParagraph() {
    return paragraph;
  }

  public int getStart() {
    return start;
  }

  public int getEndParagraph() {
    return endParagraph;
  }

  public int getEnd() {
    return end;
  }

  public String getSentence() {
    return sentence;
  }

  public String getSentenceHash() {
    return sentenceHash;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public OffsetDateTime getCheckedAt() {
    return checkedAt;
  }

  public boolean isManual() {
    return manual;
  }

  public String getAddedBy() {
    return addedBy;
  }
}
