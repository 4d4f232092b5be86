package org.copydesk.story;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.security.Actor;

/**
 * One immutable version of a story. Every column is {@code updatable = false} and there are no
 * setters: a change is always a new revision. The body is not text; it is the ordered list of
 * paragraph ids, so reading a revision's metadata (a history list of 1,000 revisions, say) never
 * reads any body text.
 */
@Entity
@Cacheable
@Table(name = "revision")
public class Revision {

  @Id
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "story_id", nullable = false, updatable = false)
  private Story story;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "base_number", updatable = false)
  private Integer baseNumber;

  @Column(name = "headline", length = BodyPolicy.MAX_HEADLINE_CHARS, nullable = false, updatable = false)
  private String headline;

  @Column(name = "standfirst", length = BodyPolicy.MAX_STANDFIRST_CHARS, updatable = false)
  private String standfirst;

  @Column(name = "author", length = 64, nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "note", length = 1000, updatable = false)
  private String note;

  @Column(name = "body_chars", nullable = false, updatable = false)
  private int bodyChars;

  @Column(name = "word_count", nullable = false, updatable = false)
  private int wordCount;

  /** The body: its paragraphs' ids in order, as {@link ParagraphIdColumn} writes them. */
  @Column(name = "paragraph_ids", nullable = false, updatable = false)
  private String paragraphIdColumn;

  /**
   * The same ids, parsed when first asked for: a history page reads revisions without their
   * bodies. Revisions in EclipseLink's shared cache are read by many threads; two may both parse,
   * and either list is right (an unmodifiable list, published through its final fields).
   */
  @Transient
  private List<Long> paragraphIds;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "revision_contributor", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "pos")
  private List<Contributor> contributors = new ArrayList<>();

  @Column(name = "distributor_id", updatable = false)
  private Long distributorId;

  @Column(name = "byline_raw", length = 500, updatable = false)
  private String bylineRaw;

  @Column(name = "photo_ref", length = 500, updatable = false)
  private String photoRef;

  @Column(name = "photo_caption", length = 1000, updatable = false)
  private String photoCaption;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "photographer", column = @Column(name = "photo_photographer", length = 200, updatable = false)),
    @AttributeOverride(name = "agency", column = @Column(name = "photo_agency", length = 200, updatable = false)),
    @AttributeOverride(name = "distributor", column = @Column(name = "photo_distributor", length = 200, updatable = false)),
    @AttributeOverride(name = "raw", column = @Column(name = "photo_credit_raw", length = 500, updatable = false))
  })
  private PhotoCredit photoCredit;

  protected Revision() {}

  /**
   * Creates the next revision. The content must already be sanitised; {@link RevisionStore}
   * does that and stores the paragraphs before it calls this.
   */
  Revision(
      Story story,
      int number,
      Integer baseNumber,
      RevisionDraft content,
      List<Long> paragraphIds,
      int bodyChars,
      int wordCount,
      Actor author,
      OffsetDateTime createdAt) {
    this.story = story;
    this.number = number;
    this.baseNumber = baseNumber;
    this.headline = content.headline();
    this.standfirst = content.standfirst();
    this.note = content.note();
    this.contributors = new ArrayList<>(content.contributors());
    this.distributorId = content.distributorId();
    this.bylineRaw = content.bylineRaw();
    this.photoRef = content.photoRef();
    this.photoCaption = content.photoCaption();
    this.photoCredit = content.photoCredit();
    this.paragraphIds = List.copyOf(paragraphIds);
    this.paragraphIdColumn = ParagraphIdColumn.join(this.paragraphIds);
    this.bodyChars = bodyChars;
    this.wordCount = wordCount;
    this.author = author.username();
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Story getStory() {
    return story;
  }

  public int getNumber() {
    return number;
  }

  public Integer getBaseNumber() {
    return baseNumber;
  }

  public String getHeadline() {
    return headline;
  }

  public String getStandfirst() {
    return standfirst;
  }

  public String getAuthor() {
    return author;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getNote() {
    return note;
  }

  public int getBodyChars() {
    return bodyChars;
  }

  public int getWordCount() {
    return wordCount;
  }

  public List<Long> getParagraphIds() {
    List<Long> ids = paragraphIds;
    if (ids == null) {
      ids = ParagraphIdColumn.parse(paragraphIdColumn);
      paragraphIds = ids;
    }
    return ids;
  }

  public List<Contributor> getContributors() {
    return Collections.unmodifiableList(contributors);
  }

  public Long getDistributorId() {
    return distributorId;
  }

  public String getBylineRaw() {
    return bylineRaw;
  }

  public String getPhotoRef() {
    return photoRef;
  }

  public String getPhotoCaption() {
    return photoCaption;
  }

  public PhotoCredit getPhotoCredit() {
    return photoCredit;
  }

  /** Whether a (clean) draft would store exactly this revision's content again; the note does not count. */
  boolean hasSameContent(RevisionDraft clean, List<Long> otherParagraphIds) {
    return getParagraphIds().equals(otherParagraphIds)
        && Objects.equals(headline, clean.headline())
        && Objects.equals(standfirst, clean.standfirst())
        && contributors.equals(clean.contributors())
        && Objects.equals(distributorId, clean.distributorId())
        && Objects.equals(bylineRaw, clean.bylineRaw())
        && Objects.equals(photoRef, clean.photoRef())
        && Objects.equals(photoCaption, clean.photoCaption())
        && Objects.equals(photoCredit, clean.photoCredit());
  }

  /** Wire copy must say whose it is: a contributor from a wire service, or the distributor. */
  public boolean hasWireCredit() {
    return distributorId != null || contributors.stream().anyMatch(c -> !c.isStaff());
  }

  public boolean isAuthoredBy(Actor actor) {
    return actor.is(author);
  }

  public boolean hasHeadlineAndBody() {
    return headline != null && !headline.isBlank() && wordCount > 0;
  }

  /**
   * A story goes out with a byline, and a photo with a credit. Whether wire material carries its
   * wire's credit is the credits feature's rule, on top of this one.
   */
  public boolean hasCompleteCredits() {
    if (contributors.isEmpty()) {
      return false;
    }
    return photoRef == null || (photoCredit != null && photoCredit.isComplete());
  }
}
