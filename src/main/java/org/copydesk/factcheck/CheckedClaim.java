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
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A claim and the fact-checker's verdict on it, for a run of consecutive revisions: from
 * {@code revision_number} up to {@code last_revision} (open while the claim is in the latest
 * revision). A save adds rows only for claims that are new or moved and closes the rows of claims
 * that went away; a claim in an untouched paragraph keeps its row, so a one-paragraph edit of a
 * 3,000-word story writes a handful of rows rather than a copy of all its claims. A verdict is
 * given for the current revision only: a row that also stands for earlier revisions is split first,
 * so what an earlier (perhaps published) revision was checked as never changes afterwards.
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

  /** The first revision this row stands for (updated only when a verdict splits the row). */
  @Column(name = "revision_number", nullable = false)
  private int revisionNumber;

  /** The last revision this row stands for; null while the claim is in the latest revision. */
  @Column(name = "last_revision")
  private Integer lastRevision;

  /**
   * The revision this row was read for (a row stands for several): what the API and the audit
   * trail name as the claim's revision.
   */
  @Transient
  private int shownAt;

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

  boolean isOpen() {
    return lastRevision == null;
  }

  boolean isLiveAt(int revision) {
    return revisionNumber <= revision && (lastRevision == null || lastRevision >= revision);
  }

  CheckedClaim shownAt(int revision) {
    this.shownAt = revision;
    return this;
  }

  boolean sameAnchorAs(CheckedClaim other) {
    return paragraph == other.paragraph && start == other.start && endParagraph == other.endParagraph && end == other.end;
  }

  /**
   * Before a verdict on {@code revision}: when this row also stands for earlier revisions, they
   * get a copy of it (returned, to be stored) and this row, whose id the checker holds, starts at
   * {@code revision}. Null when the row starts there already.
   */
  CheckedClaim splitAt(int revision) {
    if (revisionNumber >= revision) {
      return null;
    }
    CheckedClaim earlier = carriedTo(revisionNumber, new Claim.Anchor(paragraph, start, endParagraph, end));
    earlier.lastRevision = revision - 1;
    this.revisionNumber = revision;
    return earlier;
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

  /** The revision the claim was read for, or where this row starts when it was not read for one. */
  public int getRevisionNumber() {
    return shownAt > 0 ? shownAt : revisionNumber;
  }

  public int getFirstRevision() {
    return revisionNumber;
  }

  public Integer getLastRevision() {
    return lastRevision;
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
