package org.copydesk.story;

import java.util.List;

/**
 * A draft as it will be stored: sanitised and checked by {@link BodyPolicy#clean}, with its body
 * already split into the blocks the paragraph store and the claim book work on. Splitting once
 * here, rather than again in each of them, takes two passes over the body off every save (JMH:
 * about 0.06 ms each for 3,000 words; bench/analysis.md, session 8).
 *
 * @param blocks {@code BodyParagraphs.split(draft.body())}; the body is these joined by new lines
 * @param keptAsSent whether the stored revision will read as the writer sent it: the body held
 *     nothing the allow-list drops, and the headline and standfirst were plain text already. A
 *     link's {@code target} and {@code rel}, which the editor adds and no reader sees, do not count,
 *     nor do the editor's list markers ({@link ListMarkup}); a check list, stored as bullets, does.
 *     After a save the editor keeps what is in its fields (so words typed while the save travelled
 *     stay) and shows the stored version instead only when this is false ({@code StoryEditorView.save}).
 */
public record CleanDraft(RevisionDraft draft, List<String> blocks, boolean keptAsSent) {

  public CleanDraft {
    blocks = List.copyOf(blocks);
  }
}
