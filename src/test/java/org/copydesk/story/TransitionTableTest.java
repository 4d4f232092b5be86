package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, transition, role, authored-or-not) combination against the table of DOMAIN.md,
 * written out here independently of the production table: 8 x 12 x 4 x 2 = 768 cases. Requests
 * carry everything a precondition could ask for, so only state, role and authorship decide.
 */
class TransitionTableTest {

  private static final Map<Transition, Set<StoryState>> FROM =
      Map.ofEntries(
          Map.entry(Transition.SUBMIT, EnumSet.of(StoryState.DRAFT)),
          Map.entry(Transition.RETURN, EnumSet.of(StoryState.EDITING, StoryState.FACT_CHECK, StoryState.READY)),
          Map.entry(Transition.APPROVE, EnumSet.of(StoryState.EDITING)),
          Map.entry(Transition.SEND_BACK, EnumSet.of(StoryState.FACT_CHECK)),
          Map.entry(Transition.SIGN_OFF, EnumSet.of(StoryState.FACT_CHECK)),
          Map.entry(Transition.PUBLISH, EnumSet.of(StoryState.READY)),
          Map.entry(Transition.SCHEDULE, EnumSet.of(StoryState.READY)),
          Map.entry(Transition.UNSCHEDULE, EnumSet.of(StoryState.SCHEDULED)),
          Map.entry(Transition.CORRECT, EnumSet.of(StoryState.PUBLISHED)),
          Map.entry(Transition.KILL, EnumSet.of(StoryState.PUBLISHED, StoryState.SCHEDULED)),
          Map.entry(Transition.SPIKE, EnumSet.of(StoryState.DRAFT, StoryState.EDITING, StoryState.FACT_CHECK, StoryState.READY)),
          Map.entry(Transition.UNSPIKE, EnumSet.of(StoryState.SPIKED)));

  private static final Map<Transition, StoryState> TO =
      Map.ofEntries(
          Map.entry(Transition.SUBMIT, StoryState.EDITING),
          Map.entry(Transition.RETURN, StoryState.DRAFT),
          Map.entry(Transition.APPROVE, StoryState.FACT_CHECK),
          Map.entry(Transition.SEND_BACK, StoryState.EDITING),
          Map.entry(Transition.SIGN_OFF, StoryState.READY),
          Map.entry(Transition.PUBLISH, StoryState.PUBLISHED),
          Map.entry(Transition.SCHEDULE, StoryState.SCHEDULED),
          Map.entry(Transition.UNSCHEDULE, StoryState.READY),
          Map.entry(Transition.CORRECT, StoryState.PUBLISHED),
          Map.entry(Transition.KILL, StoryState.KILLED),
          Map.entry(Transition.SPIKE, StoryState.SPIKED),
          Map.entry(Transition.UNSPIKE, StoryState.DRAFT));

  private static final Set<Transition> FOUR_EYES = EnumSet.of(Transition.APPROVE, Transition.SIGN_OFF, Transition.CORRECT);

  static Stream<Arguments> combinations() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (StoryState state : StoryState.values()) {
      for (Transition t : Transition.values()) {
        for (Role role : Role.values()) {
          for (boolean authored : new boolean[] {true, false}) {
            all.add(Arguments.of(state, t, role, authored));
          }
        }
      }
    }
    return all.build();
  }

  /** What DOMAIN.md says should happen, most fundamental reason first. */
  static Refusal expected(StoryState state, Transition t, Role role, boolean authored) {
    if (!FROM.get(t).contains(state)) {
      return Refusal.WRONG_STATE;
    }
    Set<Role> who =
        switch (t) {
          case SUBMIT -> EnumSet.of(Role.REPORTER, Role.EDITOR);
          case SEND_BACK, SIGN_OFF -> EnumSet.of(Role.FACT_CHECKER);
          default -> EnumSet.of(Role.EDITOR);
        };
    if (!who.contains(role)) {
      return Refusal.ROLE_NOT_ALLOWED;
    }
    if (t == Transition.SUBMIT && role == Role.REPORTER && !authored) {
      return Refusal.NOT_YOUR_STORY;
    }
    if (FOUR_EYES.contains(t) && authored) {
      return Refusal.OWN_REVISION;
    }
    return null;
  }

  @ParameterizedTest(name = "{0} {1} by {2}, authored={3}")
  @MethodSource("combinations")
  void everyCombinationFollowsTheTable(StoryState state, Transition t, Role role, boolean authored) {
    Story story = StoryFixtures.storyIn(state);
    Actor actor = Actor.of(authored ? StoryFixtures.AUTHOR : "bob", role);
    Refusal expected = expected(state, t, role, authored);
    int revisionBefore = story.getCurrentRevision().getNumber();

    Refusal actual = null;
    try {
      story.apply(t, actor, StoryFixtures.everything(), ClaimTally.NONE, StoryFixtures.NOW);
    } catch (TransitionRefusedException refused) {
      actual = refused.getRefusal();
      assertThat(story.getState()).as("a refused transition changes nothing").isEqualTo(state);
    }

    assertThat(actual).isEqualTo(expected);
    if (expected == null) {
      assertThat(story.getState()).isEqualTo(TO.get(t));
      assertThat(story.getCurrentRevision().getNumber()).isEqualTo(revisionBefore);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transitions")
  void productionTableMatchesDomainDocument(Transition t) {
    assertThat(t.from()).isEqualTo(FROM.get(t));
    assertThat(t.to()).isEqualTo(TO.get(t));
  }

  static Stream<Transition> transitions() {
    return Stream.of(Transition.values());
  }
}
