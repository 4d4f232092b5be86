package org.copydesk.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.copydesk.media.PhotoLibrary;
import org.copydesk.media.PhotoRefs;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.StoryLedger;
import org.copydesk.story.StoryView;
import org.copydesk.story.Transition;
import org.copydesk.story.TransitionRequest;

/**
 * Creating stories, saving revisions and workflow transitions, for the signed-in caller. Each call
 * is one transaction: a refusal (a {@link org.copydesk.platform.BusinessException}) rolls all of it
 * back.
 */
@Stateless
public class StoryWorkflow {

  @Resource
  private SessionContext session;

  @Inject
  private StoryLedger ledger;

  @Inject
  private PhotoLibrary photos;

  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME})
  public StoryView create(RevisionDraft draft) {
    return ledger.create(actor(), required(draft), now());
  }

  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME})
  public StoryView save(long storyId, int baseRevision, RevisionDraft draft) {
    return ledger.save(actor(), storyId, baseRevision, required(draft), now());
  }

  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public StoryView transition(long storyId, Transition transition, TransitionRequest request) {
    if (transition == null) {
      throw new InvalidInputException("transition.required");
    }
    TransitionRequest r = request == null ? TransitionRequest.none() : request;
    return ledger.transition(actor(), storyId, transition, r, now());
  }


  /** Records or lifts ({@code null}) an embargo on a story's publication. */
  @RolesAllowed(Role.EDITOR_NAME)
  public StoryView embargo(long storyId, OffsetDateTime until) {
    return ledger.embargo(actor(), storyId, until, now());
  }

  private Actor actor() {
    return Actors.of(session);
  }

  private RevisionDraft required(RevisionDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("story.headline.required");
    }
    // A reference in the form of an uploaded photo must name one: the public page would
    // otherwise show a broken picture.
    PhotoRefs.uploaded(draft.photoRef() == null ? null : draft.photoRef().strip())
        .filter(sha -> !photos.exists(sha))
        .ifPresent(sha -> {
          throw new InvalidInputException("story.photoRef.unknown");
        });
    return draft;
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
