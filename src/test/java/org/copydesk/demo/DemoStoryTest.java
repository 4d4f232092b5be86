package org.copydesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.story.BodyParagraphs;
import org.copydesk.story.BodyPolicy;
import org.copydesk.story.StoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo stories parse, survive the sanitiser unchanged in substance, and name known people. */
class DemoStoryTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void everyDemoStoryIsWellFormed(int n) throws Exception {
    String resource = String.format("demo/stories/%02d.txt", n);
    String text;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DemoStory story = DemoStory.parse(text);
    assertThat(story.headline()).isNotBlank().hasSizeLessThanOrEqualTo(BodyPolicy.MAX_HEADLINE_CHARS);
    assertThat(story.reporter()).isIn("rita", "robin");
    assertThat(StoryState.valueOf(story.state())).isNotNull();
    assertThat(story.contributors()).isNotEmpty();
    String clean = String.join("\n", BodyParagraphs.split(BodyPolicy.sanitize(story.body())));
    assertThat(BodyPolicy.wordCount(clean)).isGreaterThan(300);
    assertThat(BodyPolicy.wordCount(clean)).as("the sanitiser keeps the words").isEqualTo(BodyPolicy.wordCount(story.body()));
  }
}
