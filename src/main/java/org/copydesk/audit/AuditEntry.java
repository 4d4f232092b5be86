package org.copydesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.copydesk.platform.Sha256;

/**
 * One audit entry. Immutable; its hash covers every field and the previous entry's hash, in a
 * length-prefixed encoding so that no two different entries share an encoding.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** The link before a story's first entry. */
  public static final String GENESIS = "0".repeat(64);

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(name = "story_id", nullable = false, updatable = false)
  private long storyId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "actor", length = 64, nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", length = 32, nullable = false, updatable = false)
  private String action;

  @Column(name = "from_state", length = 16, updatable = false)
  private String fromState;

  @Column(name = "to_state", length = 16, nullable = false, updatable = false)
  private String toState;

  @Column(name = "revision_number", updatable = false)
  private Integer revisionNumber;

  @Column(name = "comment", length = 2000, updatable = false)
  private String comment;

  @Column(name = "prev_hash", length = 64, nullable = false, updatable = false)
  private String prevHash;

  @Column(name = "hash", length = 64, nullable = false, updatable = false)
  private String hash;

  protected AuditEntry() {}

  /** What the next entry of a story links to: its latest entry's position and hash. */
  public record Link(int seq, String hash) {}

  /** The entry that follows the entry {@code previous} links to (the first when it is {@code null}). */
  public static AuditEntry after(
      Link previous,
      long storyId,
      OffsetDateTime at,
      String actor,
      String action,
      String fromState,
      String toState,
      Integer revisionNumber,
      String comment) {
    AuditEntry e = new AuditEntry();
    e.storyId = storyId;
    e.seq = previous == null ? 1 : previous.seq() + 1;
    // Millisecond precision in UTC survives every database's timestamp type unchanged,
    // so the hash recomputed from a stored row matches the one computed here.
    e.createdAt = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    e.actor = actor;
    e.action = action;
    e.fromState = fromState;
    e.toState = toState;
    e.revisionNumber = revisionNumber;
    e.comment = comment;
    e.prevHash = previous == null ? GENESIS : previous.hash();
    e.hash = e.computeHash();
    return e;
  }

  /** The hash this entry ought to have, from its stored fields. */
  public String computeHash() {
    StringBuilder s = new StringBuilder();
    for (Object field :
        new Object[] {
          storyId, seq, createdAt.toInstant(), actor, action, fromState, toState, revisionNumber, comment, prevHash
        }) {
      String v = field == null ? "\u2400" : field.toString();
      s.append(v.length()).append(':').append(v).append(';');
    }
    return Sha256.hex(s.toString());
  }

  /** What the entry after this one links to. */
  public Link link() {
    return new Link(seq, hash);
  }

  public Long getId() {
    return id;
  }

  public long getStoryId() {
    return storyId;
  }

  public int getSeq() {
    return seq;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getFromState() {
    return fromState;
  }

  public String getToState() {
    return toState;
  }

  public Integer getRevisionNumber() {
    return revisionNumber;
  }

  public String getComment() {
    return comment;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
