package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.story.StoryFixtures.ALICE_EDITOR;
import static org.copydesk.story.StoryFixtures.ALICE_REPORTER;
import static org.copydesk.story.StoryFixtures.NOW;
import static org.copydesk.story.StoryFixtures.SETUP_CHECKER;
import static org.copydesk.story.StoryFixtures.SETUP_EDITOR;
import static org.copydesk.story.StoryFixtures.draft;
import static org.copydesk.story.StoryFixtures.revision;

import java.time.OffsetDateTime;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;
import org.junit.jupiter.api.Test;

/** The preconditions and effects of the workflow that go beyond state, role and authorship. */
class WorkflowRulesTest {

  private static Refusal refusal(Story story, Transition t, Actor actor, TransitionRequest request, ClaimTally claims) {
    try {
      story.apply(t, actor, request, claims, NOW);
      return null;
    } catch (TransitionRefusedException e) {
      return e.getRefusal();
    }
  }

  private static Refusal refusal(Story story, Transition t, Actor actor, TransitionRequest request) {
    return refusal(story, t, actor, request, ClaimTally.NONE);
  }

  @Test
  void submitNeedsHeadlineAndBody() {
    Story story = new Story("alice", NOW);
    story.acceptRevision(revision(story, 1, ALICE_REPORTER, draft("Headline only", "")), ALICE_REPORTER, NOW);
    assertThat(refusal(story, Transition.SUBMIT, ALICE_REPORTER, TransitionRequest.none()))
        .isEqualTo(Refusal.HEADLINE_AND_BODY_REQUIRED);
  }

  @Test
  void returnAndKillNeedAComment() {
    Story editing = StoryFixtures.storyIn(StoryState.EDITING);
    assertThat(refusal(editing, Transition.RETURN, SETUP_EDITOR, TransitionRequest.comment("  ")))
        .isEqualTo(Refusal.COMMENT_REQUIRED);
    Story published = StoryFixtures.storyIn(StoryState.PUBLISHED);
    assertThat(refusal(published, Transition.KILL, SETUP_EDITOR, TransitionRequest.none()))
        .isEqualTo(Refusal.COMMENT_REQUIRED);
    assertThat(refusal(published, Transition.KILL, SETUP_EDITOR, TransitionRequest.comment("Source recanted"))).isNull();
    assertThat(published.getKillReason()).isEqualTo("Source recanted");
  }

  @Test
  void sendBackNeedsACommentOrADisputedClaim() {
    Story story = StoryFixtures.storyIn(StoryState.FACT_CHECK);
    assertThat(refusal(story, Transition.SEND_BACK, SETUP_CHECKER, TransitionRequest.none()))
        .isEqualTo(Refusal.COMMENT_REQUIRED);
    assertThat(refusal(story, Transition.SEND_BACK, SETUP_CHECKER, TransitionRequest.none(), new ClaimTally(1, 1))).isNull();
    assertThat(story.getState()).isEqualTo(StoryState.EDITING);
  }

  @Test
  void signOffWaitsForEveryClaim() {
    Story story = StoryFixtures.storyIn(StoryState.FACT_CHECK);
    assertThat(refusal(story, Transition.SIGN_OFF, SETUP_CHECKER, TransitionRequest.none(), new ClaimTally(2, 0)))
        .isEqualTo(Refusal.CLAIMS_UNRESOLVED);
  }

  @Test
  void approvalIsPinnedToTheRevisionItWasGivenFor() {
    Story story = StoryFixtures.storyIn(StoryState.EDITING);
    assertThat(refusal(story, Transition.APPROVE, SETUP_EDITOR, new TransitionRequest(null, 7, null, null)))
        .as("approving a revision the editor did not see")
        .isEqualTo(Refusal.REVISION_CHANGED);
    assertThat(refusal(story, Transition.APPROVE, SETUP_EDITOR, new TransitionRequest(null, 1, null, null))).isNull();
    assertThat(story.getApprovedRevision()).isEqualTo(1);
    assertThat(story.getApprovedBy()).isEqualTo("setup-editor");
  }

  @Test
  void anEditAfterApprovalReopensReviewAndBlocksPublication() {
    Story story = StoryFixtures.storyIn(StoryState.READY);
    assertThat(story.getApprovedRevision()).isEqualTo(1);
    assertThat(story.getSignedOffRevision()).isEqualTo(1);

    story.acceptRevision(revision(story, 2, SETUP_EDITOR, draft("Harbour bridge to close", "<p>Changed.</p>")), SETUP_EDITOR, NOW);

    assertThat(story.getState()).isEqualTo(StoryState.EDITING);
    assertThat(story.isCurrentApproved()).isFalse();
    assertThat(story.publicationRefusal(NOW)).isEqualTo(Refusal.NOT_APPROVED_REVISION);
    assertThat(story.getApprovedRevision()).as("the old approval stays recorded against its revision").isEqualTo(1);
  }

  @Test
  void anEditOfAScheduledStoryUnschedulesIt() {
    Story story = StoryFixtures.storyIn(StoryState.SCHEDULED);
    assertThat(story.getScheduledFor()).isNotNull();
    story.acceptRevision(revision(story, 2, SETUP_EDITOR, draft("Harbour bridge to close", "<p>Changed.</p>")), SETUP_EDITOR, NOW);
    assertThat(story.getState()).isEqualTo(StoryState.EDITING);
    assertThat(story.getScheduledFor()).isNull();
  }

  @Test
  void publishingNeedsTheSignedOffRevisionAndCredits() {
    Story story = StoryFixtures.storyIn(StoryState.READY);
    assertThat(refusal(story, Transition.PUBLISH, SETUP_EDITOR, TransitionRequest.none())).isNull();
    assertThat(story.getPublishedRevision().getNumber()).isEqualTo(1);
    assertThat(story.getPublishedAt()).isEqualTo(NOW);

    Story noByline = new Story("alice", NOW);
    RevisionDraft bare = new RevisionDraft("Headline", null, "<p>Body.</p>", java.util.List.of(), null, null, null, null, null, null);
    noByline.acceptRevision(revision(noByline, 1, ALICE_REPORTER, bare), ALICE_REPORTER, NOW);
    StoryFixtures.toReady(noByline);
    assertThat(refusal(noByline, Transition.PUBLISH, SETUP_EDITOR, TransitionRequest.none()))
        .isEqualTo(Refusal.CREDITS_INCOMPLETE);
  }

  @Test
  void aPhotoWithoutCreditIsIncomplete() {
    Story story = new Story("alice", NOW);
    RevisionDraft withPhoto =
        new RevisionDraft("Headline", null, "<p>Body.</p>", draft("h", "b").contributors(), null, null, "photo.jpg", "Caption", null, null);
    story.acceptRevision(revision(story, 1, ALICE_REPORTER, withPhoto), ALICE_REPORTER, NOW);
    assertThat(story.getCurrentRevision().hasCompleteCredits()).isFalse();
  }

  @Test
  void embargoBlocksPublicationAndSaysUntilWhen() {
    Story story = StoryFixtures.storyIn(StoryState.READY);
    story.embargoUntil(NOW.plusHours(3));
    assertThatThrownBy(() -> story.apply(Transition.PUBLISH, SETUP_EDITOR, TransitionRequest.none(), ClaimTally.NONE, NOW))
        .isInstanceOfSatisfying(
            TransitionRefusedException.class,
            e -> {
              assertThat(e.getRefusal()).isEqualTo(Refusal.EMBARGO_IN_FORCE);
              assertThat(e.getArguments()).containsExactly(NOW.plusHours(3).toString());
            });
    assertThat(refusal(story, Transition.SCHEDULE, SETUP_EDITOR, new TransitionRequest(null, null, NOW.plusHours(1), null)))
        .as("scheduled inside the embargo")
        .isEqualTo(Refusal.EMBARGO_IN_FORCE);
    assertThat(refusal(story, Transition.SCHEDULE, SETUP_EDITOR, new TransitionRequest(null, null, NOW.plusHours(4), null)))
        .isNull();
  }

  @Test
  void scheduleNeedsAFutureTimeAndUnscheduleClearsIt() {
    Story story = StoryFixtures.storyIn(StoryState.READY);
    assertThat(refusal(story, Transition.SCHEDULE, SETUP_EDITOR, new TransitionRequest(null, null, NOW.minusMinutes(1), null)))
        .isEqualTo(Refusal.TIME_NOT_IN_FUTURE);
    assertThat(refusal(story, Transition.SCHEDULE, SETUP_EDITOR, TransitionRequest.none())).isEqualTo(Refusal.TIME_NOT_IN_FUTURE);
    assertThat(refusal(story, Transition.SCHEDULE, SETUP_EDITOR, new TransitionRequest(null, null, NOW.plusDays(1), null))).isNull();
    assertThat(story.getScheduledFor()).isEqualTo(NOW.plusDays(1));
    assertThat(refusal(story, Transition.UNSCHEDULE, SETUP_EDITOR, TransitionRequest.none())).isNull();
    assertThat(story.getScheduledFor()).isNull();
    assertThat(story.getState()).isEqualTo(StoryState.READY);
  }

  @Test
  void aCorrectionGoesLiveOnlyWithASecondEditorAndANotice() {
    Story story = StoryFixtures.storyIn(StoryState.READY);
    StoryFixtures.go(story, Transition.PUBLISH, SETUP_EDITOR, TransitionRequest.none());
    assertThat(refusal(story, Transition.CORRECT, SETUP_EDITOR, StoryFixtures.everything()))
        .as("nothing to correct yet")
        .isEqualTo(Refusal.NO_PENDING_CORRECTION);

    story.acceptRevision(revision(story, 2, ALICE_EDITOR, draft("Harbour bridge to close", "<p>Lanes close on Tuesday.</p>")), ALICE_EDITOR, NOW);
    assertThat(story.getState()).isEqualTo(StoryState.PUBLISHED);
    assertThat(story.getPublishedRevision().getNumber()).as("the live page keeps revision 1").isEqualTo(1);

    assertThat(refusal(story, Transition.CORRECT, ALICE_EDITOR, StoryFixtures.everything())).isEqualTo(Refusal.OWN_REVISION);
    assertThat(refusal(story, Transition.CORRECT, SETUP_EDITOR, TransitionRequest.comment("Day corrected")))
        .isEqualTo(Refusal.NOTICE_REQUIRED);
    assertThat(refusal(story, Transition.CORRECT, SETUP_EDITOR, StoryFixtures.everything())).isNull();
    assertThat(story.getPublishedRevision().getNumber()).isEqualTo(2);
  }

  @Test
  void whoMayEditInEachState() {
    Actor otherReporter = Actor.of("bob", Role.REPORTER);
    Actor checker = Actor.of("carol", Role.FACT_CHECKER);
    Story draft = StoryFixtures.storyIn(StoryState.DRAFT);
    assertThat(draft.editRefusal(ALICE_REPORTER)).isNull();
    assertThat(draft.editRefusal(otherReporter)).isEqualTo(Refusal.NOT_YOUR_STORY);
    assertThat(draft.editRefusal(SETUP_EDITOR)).isNull();
    assertThat(draft.editRefusal(checker)).isEqualTo(Refusal.ROLE_NOT_ALLOWED);
    Story ready = StoryFixtures.storyIn(StoryState.READY);
    assertThat(ready.editRefusal(ALICE_REPORTER)).isEqualTo(Refusal.ROLE_NOT_ALLOWED);
    assertThat(ready.editRefusal(SETUP_EDITOR)).isNull();
    assertThat(StoryFixtures.storyIn(StoryState.KILLED).editRefusal(SETUP_EDITOR)).isEqualTo(Refusal.CONTENT_FROZEN);
    assertThat(StoryFixtures.storyIn(StoryState.SPIKED).editRefusal(SETUP_EDITOR)).isEqualTo(Refusal.CONTENT_FROZEN);
    assertThatThrownBy(
            () -> draft.acceptRevision(revision(draft, 2, otherReporter, draft("x", "<p>y</p>")), otherReporter, NOW))
        .isInstanceOf(TransitionRefusedException.class);
    assertThat(draft.getCurrentRevision().getNumber()).isEqualTo(1);
  }

  @Test
  void reportersDoNotSeeOtherReportersDrafts() {
    Story draft = StoryFixtures.storyIn(StoryState.DRAFT);
    assertThat(draft.isVisibleTo(ALICE_REPORTER)).isTrue();
    assertThat(draft.isVisibleTo(Actor.of("bob", Role.REPORTER))).isFalse();
    assertThat(draft.isVisibleTo(Actor.of("carol", Role.FACT_CHECKER))).isFalse();
    assertThat(draft.isVisibleTo(SETUP_EDITOR)).isTrue();
    assertThat(StoryFixtures.storyIn(StoryState.EDITING).isVisibleTo(Actor.of("bob", Role.REPORTER))).isTrue();
  }

  @Test
  void refusalsMapToHttpStatuses() {
    assertThat(new TransitionRefusedException("APPROVE", Refusal.OWN_REVISION).httpStatus()).isEqualTo(403);
    assertThat(new TransitionRefusedException("APPROVE", Refusal.ROLE_NOT_ALLOWED).httpStatus()).isEqualTo(403);
    assertThat(new TransitionRefusedException("PUBLISH", Refusal.WRONG_STATE).httpStatus()).isEqualTo(409);
    assertThat(new TransitionRefusedException("RETURN", Refusal.COMMENT_REQUIRED).httpStatus()).isEqualTo(400);
  }

  @Test
  void theServerReleasesAScheduledStoryOnlyWhenDueAndStillPublishable() {
    Story story = StoryFixtures.storyIn(StoryState.SCHEDULED);
    OffsetDateTime due = story.getScheduledFor();
    assertThat(story.releaseRefusal(due.minusSeconds(1))).isEqualTo(Refusal.NOT_DUE);
    assertThatThrownBy(() -> story.release(due.minusSeconds(1))).isInstanceOf(TransitionRefusedException.class);

    assertThat(story.release(due.plusSeconds(3))).isEqualTo(StoryState.SCHEDULED);
    assertThat(story.getState()).isEqualTo(StoryState.PUBLISHED);
    assertThat(story.getPublishedRevision().getNumber()).isEqualTo(1);
    assertThat(story.getPublishedAt()).isEqualTo(due.plusSeconds(3));
    assertThat(story.getScheduledFor()).as("kept as the record of the plan").isEqualTo(due);
    assertThat(story.releaseRefusal(due.plusSeconds(4))).as("never twice").isEqualTo(Refusal.WRONG_STATE);

    Story embargoed = StoryFixtures.storyIn(StoryState.SCHEDULED);
    embargoed.embargoUntil(embargoed.getScheduledFor().plusHours(1));
    assertThat(embargoed.releaseRefusal(embargoed.getScheduledFor())).isEqualTo(Refusal.EMBARGO_IN_FORCE);
  }
}
