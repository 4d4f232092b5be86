package org.copydesk.story;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;

/**
 * Stories in any state, reached through the real transitions. "alice" is the story's reporter and
 * the author of its current revision; the set-up uses other people so that it never trips the
 * authorship rules under test.
 */
final class StoryFixtures {

  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);
  static final String AUTHOR = "alice";
  static final Actor SETUP_EDITOR = Actor.of("setup-editor", Role.EDITOR);
  static final Actor SETUP_CHECKER = Actor.of("setup-checker", Role.FACT_CHECKER);
  static final Actor ALICE_REPORTER = Actor.of(AUTHOR, Role.REPORTER);
  static final Actor ALICE_EDITOR = Actor.of(AUTHOR, Role.EDITOR);

  private StoryFixtures() {}

  static RevisionDraft draft(String headline, String body) {
    return new RevisionDraft(
        headline, "A standfirst.", body, List.of(new Contributor("Alice Author", ContributorRole.WRITER, null)),
        null, null, null, null, null, null);
  }

  static Revision revision(Story story, int number, Actor author, RevisionDraft content) {
    int words = BodyPolicy.wordCount(content.body());
    return new Revision(story, number, number == 1 ? null : number - 1, content, List.of((long) number), content.body().length(), words, author, NOW);
  }

  /** A new story with alice's first revision. */
  static Story draftStory() {
    Story story = new Story(AUTHOR, NOW);
    story.acceptRevision(revision(story, 1, ALICE_REPORTER, draft("Harbour bridge to close", "<p>Lanes close on Monday.</p>")), ALICE_REPORTER, NOW);
    return story;
  }

  static void go(Story story, Transition t, Actor actor, TransitionRequest request) {
    story.apply(t, actor, request, ClaimTally.NONE, NOW);
  }

  static TransitionRequest everything() {
    return new TransitionRequest("A comment.", null, NOW.plusHours(2), CorrectionKind.CORRECTION);
  }

  /** A story in the given state; in PUBLISHED it also has a correction draft written by alice. */
  static Story storyIn(StoryState state) {
    Story story = draftStory();
    switch (state) {
      case DRAFT -> {}
      case EDITING -> go(story, Transition.SUBMIT, ALICE_REPORTER, everything());
      case FACT_CHECK -> toFactCheck(story);
      case READY -> toReady(story);
      case SCHEDULED -> {
        toReady(story);
        go(story, Transition.SCHEDULE, SETUP_EDITOR, everything());
      }
      case PUBLISHED -> {
        toReady(story);
        go(story, Transition.PUBLISH, SETUP_EDITOR, everything());
        int next = story.getCurrentRevision().getNumber() + 1;
        story.acceptRevision(revision(story, next, ALICE_EDITOR, draft("Harbour bridge to close", "<p>Lanes close on Tuesday.</p>")), ALICE_EDITOR, NOW);
      }
      case SPIKED -> go(story, Transition.SPIKE, SETUP_EDITOR, everything());
      case KILLED -> {
        toReady(story);
        go(story, Transition.PUBLISH, SETUP_EDITOR, everything());
        go(story, Transition.KILL, SETUP_EDITOR, everything());
      }
    }
    if (story.getState() != state) {
      throw new IllegalStateException("fixture reached " + story.getState() + " instead of " + state);
    }
    return story;
  }

  static void toFactCheck(Story story) {
    go(story, Transition.SUBMIT, ALICE_REPORTER, everything());
    go(story, Transition.APPROVE, SETUP_EDITOR, everything());
  }

  static void toReady(Story story) {
    toFactCheck(story);
    go(story, Transition.SIGN_OFF, SETUP_CHECKER, everything());
  }
}
