package org.copydesk.factcheck;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.copydesk.audit.AuditWriter;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.platform.NotFoundException;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.story.BodyParagraphs;
import org.copydesk.story.Refusal;
import org.copydesk.story.RevisionStore;
import org.copydesk.story.Story;
import org.copydesk.story.StoryRows;
import org.copydesk.story.StoryState;
import org.copydesk.story.TransitionRefusedException;

/**
 * The fact-check desk: the claims of a story's current revision, a checker's verdict on each, and
 * claims the extractor missed, added by hand. Verdicts are given only on the current revision, only
 * while the story is with the fact-checkers (or a correction is pending), and never by the
 * revision's author; each one is in the audit trail.
 */
@Stateless
public class FactCheckDesk {

  private static final int MAX_NOTE = 2000;
  private static final int MAX_URL = 1000;

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext session;

  @Inject
  private ClaimBook claims;

  @Inject
  private RevisionStore revisions;

  @Inject
  private AuditWriter audit;

  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
  public List<CheckedClaim> currentClaims(long storyId) {
    Story story = visible(storyId, false);
    return claims.of(storyId, story.getCurrentRevision().getNumber());
  }

  /**
   * The current revision's claims with one verdict, for the editor's warning about disputed
   * claims: selected in the database rather than loading every claim of a long story (about 240
   * for 3,000 words) on each opening of the editor.
   */
  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
  public List<CheckedClaim> currentClaims(long storyId, ClaimStatus status) {
    Story story = visible(storyId, false);
    return claims.of(storyId, story.getCurrentRevision().getNumber(), status);
  }

  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public CheckedClaim judge(long storyId, long claimId, ClaimStatus verdict, String note, String sourceUrl) {
    if (verdict == null) {
      throw new InvalidInputException("claim.status.required");
    }
    String cleanNote = limited(note, MAX_NOTE, "claim.note.size");
    String cleanUrl = limited(sourceUrl, MAX_URL, "claim.source.size");
    if (cleanUrl != null && !cleanUrl.matches("(?i)https?://\\S+")) {
      throw new InvalidInputException("claim.source.invalid");
    }
    Actor actor = Actors.of(session);
    Story story = checkable(storyId, actor);
    CheckedClaim claim = em.find(CheckedClaim.class, claimId);
    if (claim == null || claim.getStoryId() != storyId) {
      throw new NotFoundException("claim.notFound", claimId);
    }
    int current = story.getCurrentRevision().getNumber();
    if (!claim.isLiveAt(current)) {
      throw new BusinessException("claim.stale", claimId, current);
    }
    OffsetDateTime now = now();
    claims.judge(claim, current, verdict, cleanNote, cleanUrl, actor.username(), now);
    audit.append(storyId, now, actor.username(), "CLAIM", story.getState().name(), story.getState().name(),
        claim.getRevisionNumber(), "claim " + claimId + " " + verdict + (cleanNote == null ? "" : ": " + cleanNote));
    return claim;
  }

  /** A claim the extractor missed: the checker selected characters {@code start..end} of a paragraph. */
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public CheckedClaim addManual(long storyId, ClaimType type, int paragraph, int start, int end) {
    if (type == null) {
      throw new InvalidInputException("claim.type.required");
    }
    Actor actor = Actors.of(session);
    Story story = checkable(storyId, actor);
    List<String> blocks = BodyParagraphs.split(revisions.body(story.getCurrentRevision()));
    if (paragraph < 0 || paragraph >= blocks.size()) {
      throw new InvalidInputException("claim.selection.invalid");
    }
    String text = ClaimExtractor.paragraphText(blocks.get(paragraph));
    if (start < 0 || end > text.length() || end - start < 2 || end - start > 1000 || text.substring(start, end).isBlank()) {
      throw new InvalidInputException("claim.selection.invalid");
    }
    String sentence = sentenceAround(text, start, end);
    Claim selected = new Claim(type, text.substring(start, end).strip(), null,
        new Claim.Anchor(paragraph, start, paragraph, end), sentence, Claim.hashOf(sentence));
    CheckedClaim claim = new CheckedClaim(storyId, story.getCurrentRevision().getNumber(), selected, true, actor.username());
    em.persist(claim);
    audit.append(storyId, now(), actor.username(), "CLAIM", story.getState().name(), story.getState().name(),
        claim.getRevisionNumber(), "claim added by hand: " + claim.getText());
    return claim;
  }

  /** The sentence a selection sits in: from the last sentence end before it to the next one after it. */
  static String sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && !(".!?".indexOf(text.charAt(from - 1)) >= 0 && from < text.length() && Character.isWhitespace(text.charAt(from)))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !(".!?".indexOf(text.charAt(to - 1)) >= 0 && Character.isWhitespace(text.charAt(to)))) {
      to++;
    }
    return text.substring(from, to).strip();
  }

  private Story checkable(long storyId, Actor actor) {
    Story story = visible(storyId, true);
    boolean open = story.getState() == StoryState.FACT_CHECK || story.hasPendingCorrection();
    if (!open) {
      throw new TransitionRefusedException("CLAIM", Refusal.WRONG_STATE);
    }
    if (story.getCurrentRevision().isAuthoredBy(actor)) {
      throw new TransitionRefusedException("CLAIM", Refusal.OWN_REVISION);
    }
    return story;
  }

  private Story visible(long storyId, boolean lock) {
    Actor actor = Actors.of(session);
    Story story = lock ? em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE) : StoryRows.readOnly(em, storyId);
    return Story.requireVisible(story, storyId, actor);
  }

  private static String limited(String s, int max, String key) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String stripped = s.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException(key, max);
    }
    return stripped;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
