package org.copydesk.story;

import static org.copydesk.story.StoryState.DRAFT;
import static org.copydesk.story.StoryState.EDITING;
import static org.copydesk.story.StoryState.FACT_CHECK;
import static org.copydesk.story.StoryState.KILLED;
import static org.copydesk.story.StoryState.PUBLISHED;
import static org.copydesk.story.StoryState.READY;
import static org.copydesk.story.StoryState.SCHEDULED;
import static org.copydesk.story.StoryState.SPIKED;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;

/**
 * The transition table of DOMAIN.md as data: the states a transition starts from, the state it
 * leads to, who may make it, and its preconditions. {@link #check} answers the first reason to
 * refuse, in a fixed order (state, role, authorship, preconditions), so a refusal is always the
 * most fundamental one.
 */
public enum Transition {
  SUBMIT(EnumSet.of(DRAFT), EDITING, Role.REPORTER, Role.EDITOR) {
    @Override
    Refusal who(Story story, Actor actor) {
      if (actor.has(Role.EDITOR)) {
        return null;
      }
      return actor.is(story.getReporter()) ? null : Refusal.NOT_YOUR_STORY;
    }

    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      return story.getCurrentRevision().hasHeadlineAndBody() ? null : Refusal.HEADLINE_AND_BODY_REQUIRED;
    }
  },

  RETURN(EnumSet.of(EDITING, FACT_CHECK, READY), DRAFT, Role.EDITOR) {
    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      return request.hasComment() ? null : Refusal.COMMENT_REQUIRED;
    }
  },

  APPROVE(EnumSet.of(EDITING), FACT_CHECK, Role.EDITOR) {
    @Override
    Refusal who(Story story, Actor actor) {
      return story.getCurrentRevision().isAuthoredBy(actor) ? Refusal.OWN_REVISION : null;
    }
  },

  SEND_BACK(EnumSet.of(FACT_CHECK), EDITING, Role.FACT_CHECKER) {
    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      return claims.disputed() > 0 || request.hasComment() ? null : Refusal.COMMENT_REQUIRED;
    }
  },

  SIGN_OFF(EnumSet.of(FACT_CHECK), READY, Role.FACT_CHECKER) {
    @Override
    Refusal who(Story story, Actor actor) {
      return story.getCurrentRevision().isAuthoredBy(actor) ? Refusal.OWN_REVISION : null;
    }

    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      if (!story.isCurrentApproved()) {
        return Refusal.NOT_APPROVED_REVISION;
      }
      return claims.unresolved() == 0 ? null : Refusal.CLAIMS_UNRESOLVED;
    }
  },

  PUBLISH(EnumSet.of(READY), PUBLISHED, Role.EDITOR) {
    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      return story.publicationRefusal(now);
    }
  },

  SCHEDULE(EnumSet.of(READY), SCHEDULED, Role.EDITOR) {
    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      OffsetDateTime at = request.scheduledFor();
      if (at == null || !at.isAfter(now)) {
        return Refusal.TIME_NOT_IN_FUTURE;
      }
      // Checked now so the desk learns at once; the publisher checks again when the time comes.
      return story.publicationRefusal(at);
    }
  },

  UNSCHEDULE(EnumSet.of(SCHEDULED), READY, Role.EDITOR),

  CORRECT(EnumSet.of(PUBLISHED), PUBLISHED, Role.EDITOR) {
    @Override
    Refusal who(Story story, Actor actor) {
      // The second pair of eyes: the editor who approves a correction did not write it.
      return story.hasPendingCorrection() && story.getCurrentRevision().isAuthoredBy(actor)
          ? Refusal.OWN_REVISION
          : null;
    }

    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      if (!story.hasPendingCorrection()) {
        return Refusal.NO_PENDING_CORRECTION;
      }
      if (request.correctionKind() == null || !request.hasComment()) {
        return Refusal.NOTICE_REQUIRED;
      }
      if (claims.unresolved() > 0) {
        return Refusal.CLAIMS_UNRESOLVED;
      }
      return story.getCurrentRevision().hasCompleteCredits() ? null : Refusal.CREDITS_INCOMPLETE;
    }
  },

  KILL(EnumSet.of(PUBLISHED, SCHEDULED), KILLED, Role.EDITOR) {
    @Override
    Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
      return request.hasComment() ? null : Refusal.COMMENT_REQUIRED;
    }
  },

  SPIKE(EnumSet.of(DRAFT, EDITING, FACT_CHECK, READY), SPIKED, Role.EDITOR),

  UNSPIKE(EnumSet.of(SPIKED), DRAFT, Role.EDITOR);

  private final Set<StoryState> from;
  private final StoryState to;
  private final Set<Role> roles;

  Transition(Set<StoryState> from, StoryState to, Role... roles) {
    this.from = Set.copyOf(from);
    this.to = to;
    this.roles = Set.of(roles);
  }

  public Set<StoryState> from() {
    return from;
  }

  public StoryState to() {
    return to;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean startsFrom(StoryState state) {
    return from.contains(state);
  }

  /** The first reason this transition is refused, or {@code null} when it may go ahead. */
  public Refusal check(
      Story story, Actor actor, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
    if (!startsFrom(story.getState())) {
      return Refusal.WRONG_STATE;
    }
    if (roles.stream().noneMatch(actor::has)) {
      return Refusal.ROLE_NOT_ALLOWED;
    }
    Refusal who = who(story, actor);
    if (who != null) {
      return who;
    }
    if (request.revisionNumber() != null
        && request.revisionNumber() != story.getCurrentRevision().getNumber()) {
      return Refusal.REVISION_CHANGED;
    }
    return precondition(story, request, claims, now);
  }

  /**
   * Whether the state, the actor's roles and authorship let this actor make the transition now, so a
   * page shows only the buttons that can work; preconditions such as a comment are checked when it
   * is made.
   */
  public boolean isOpenTo(Story story, Actor actor) {
    return startsFrom(story.getState()) && roles.stream().anyMatch(actor::has) && who(story, actor) == null;
  }

  /** Whether this actor in particular may make it, beyond holding one of the roles. */
  Refusal who(Story story, Actor actor) {
    return null;
  }

  Refusal precondition(Story story, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
    return null;
  }

  public String messageKey() {
    return "transition." + name();
  }
}
