package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void makesReadableAsciiSlugs() {
    assertThat(Slugs.of("Council passes $412M budget, with a 3.8% tax rise")).isEqualTo("council-passes-412m-budget-with-a-3-8-tax-rise");
    assertThat(Slugs.of("Café façade for Zürich’s “new” hall")).isEqualTo("cafe-facade-for-zurich-s-new-hall");
    assertThat(Slugs.of("!!!")).isEqualTo("story");
  }

  @Test
  void cutsLongHeadlinesAtAWord() {
    String slug = Slugs.of("word ".repeat(40));
    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX);
    assertThat(slug).doesNotEndWith("-").endsWith("word");
  }
}
