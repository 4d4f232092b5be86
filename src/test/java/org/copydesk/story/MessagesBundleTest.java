package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every refusal, transition and state has a sentence in the UI bundle. */
class MessagesBundleTest {

  private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

  @Test
  void everyWorkflowWordIsInTheBundle() {
    for (Refusal r : Refusal.values()) {
      assertThat(bundle.containsKey(r.messageKey())).as(r.messageKey()).isTrue();
    }
    for (Transition t : Transition.values()) {
      assertThat(bundle.containsKey(t.messageKey())).as(t.messageKey()).isTrue();
    }
    for (StoryState s : StoryState.values()) {
      assertThat(bundle.containsKey("state." + s.name())).as(s.name()).isTrue();
    }
    for (String key : new String[] {"story.save.stale", "story.notFound", "story.busy", "login.failed"}) {
      assertThat(bundle.containsKey(key)).as(key).isTrue();
    }
  }
}
