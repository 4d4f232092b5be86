package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.story.StoryFixtures.NOW;

import java.util.List;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.junit.jupiter.api.Test;

/** Wire copy: it must carry a wire credit, and a withdrawn item is never published. */
class WireRulesTest {

  private static Story wireStory(List<Contributor> contributors, Long distributor) {
    Story story = new Story("alice", NOW);
    RevisionDraft draft = new RevisionDraft("Wire headline", null, "<p>Wire text.</p>", contributors, distributor, null, null, null, null, null);
    story.acceptRevision(StoryFixtures.revision(story, 1, StoryFixtures.ALICE_REPORTER, draft), StoryFixtures.ALICE_REPORTER, NOW);
    story.receivedFromWire(new WireProvenance("urn:x", "NINJS_3", "1", WireProvenance.USABLE, "AP", null, null, "en"));
    StoryFixtures.toReady(story);
    return story;
  }

  @Test
  void wireCopyWithoutAWireCreditIsNotPublished() {
    Story staffOnly = wireStory(List.of(new Contributor("Rita Reyes", ContributorRole.WRITER, null)), null);
    assertThat(staffOnly.publicationRefusal(NOW)).isEqualTo(Refusal.WIRE_CREDIT_MISSING);
    Story byline = wireStory(List.of(new Contributor("Tomas Vellinga", ContributorRole.WRITER, 1L)), null);
    assertThat(byline.publicationRefusal(NOW)).isNull();
    Story distributed = wireStory(List.of(new Contributor("Rita Reyes", ContributorRole.WRITER, null)), 6L);
    assertThat(distributed.publicationRefusal(NOW)).isNull();
  }

  @Test
  void aCanceledItemIsNeverPublished() {
    Story story = wireStory(List.of(new Contributor("Tomas Vellinga", ContributorRole.WRITER, 1L)), null);
    story.withdrawnByWire(WireProvenance.CANCELED);
    assertThat(story.publicationRefusal(NOW)).isEqualTo(Refusal.WIRE_WITHDRAWN);
    assertThat(story.isWireMaterial()).isTrue();
    assertThat(new Story("x", NOW).isWireMaterial()).isFalse();
  }
}
