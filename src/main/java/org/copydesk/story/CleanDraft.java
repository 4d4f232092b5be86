package org.copydesk.story;

import java.util.List;

/**
 * A draft as it will be stored: sanitised and checked by {@link BodyPolicy#clean}, with its body
 * already split into the blocks the paragraph store and the claim book work on. Splitting once
 * here, rather than again in each of them, takes two passes over the body off every save (JMH:
 * about 0.06 ms each for 3,000 words; bench/analysis.md, session 8).
 *
 * @param blocks {@code BodyParagraphs.split(draft.body())}; the body is these joined by new lines
 */
public record CleanDraft(RevisionDraft draft, List<String> blocks) {

  public CleanDraft {
    blocks = List.copyOf(blocks);
  }
}
