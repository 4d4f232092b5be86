package org.copydesk.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.story.BodyParagraphs;
import org.junit.jupiter.api.Test;

class ClaimCarryOverTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);
  private final ClaimExtractor extractor = new ClaimExtractor();

  private List<CheckedClaim> revision(int number, String body, List<CheckedClaim> previous) {
    List<String> texts = BodyParagraphs.split(body).stream().map(ClaimExtractor::paragraphText).toList();
    return ClaimCarryOver.next(7, number, extractor.extract(body), previous, texts);
  }

  @Test
  void verdictsStayWithUnchangedSentencesOnly() {
    String body1 = "<p>The budget rose 3.8 percent, the mayor said on Wednesday.</p><p>The vote was held on Oct. 1.</p>";
    List<CheckedClaim> first = revision(1, body1, List.of());
    assertThat(first).isNotEmpty().allMatch(c -> c.getStatus() == ClaimStatus.UNCHECKED && c.getRevisionNumber() == 1);
    first.forEach(c -> c.judge(ClaimStatus.VERIFIED, "minutes", "https://example.com", "fran", AT));

    String body2 = "<p>The budget rose 4.1 percent, the mayor said on Wednesday.</p><p>The vote was held on Oct. 1.</p>";
    List<CheckedClaim> second = revision(2, body2, first);
    CheckedClaim oct1 = second.stream().filter(c -> c.getText().contains("Oct. 1")).findFirst().orElseThrow();
    assertThat(oct1.getStatus()).isEqualTo(ClaimStatus.VERIFIED);
    assertThat(oct1.getNote()).isEqualTo("minutes");
    assertThat(oct1.getRevisionNumber()).isEqualTo(2);
    assertThat(second.stream().filter(c -> c.getParagraph() == 0)).allMatch(c -> c.getStatus() == ClaimStatus.UNCHECKED);

    List<CheckedClaim> third = revision(3, "<p>The budget rose 4.1 percent, the mayor said on Wednesday.</p>", second);
    assertThat(third).noneMatch(c -> c.getText().contains("Oct. 1"));
  }

  @Test
  void handAddedClaimsFollowTheirSentenceAndDisappearWithIt() {
    String body = "<p>Passengers waited after years of delay. The ferry is new.</p>";
    String text = ClaimExtractor.paragraphText(BodyParagraphs.split(body).get(0));
    int start = text.indexOf("after years of delay");
    String sentence = FactCheckDesk.sentenceAround(text, start, start + 20);
    assertThat(sentence).isEqualTo("Passengers waited after years of delay.");
    CheckedClaim manual = new CheckedClaim(7, 1, new Claim(ClaimType.DATE, "after years of delay", null,
        new Claim.Anchor(0, start, 0, start + 20), sentence, Claim.hashOf(sentence)), true, "fran");
    manual.judge(ClaimStatus.DISPUTED, "how many?", null, "fran", AT);

    List<CheckedClaim> moved = revision(2, "<p>A new paragraph first.</p>" + body, List.of(manual));
    CheckedClaim carried = moved.stream().filter(CheckedClaim::isManual).findFirst().orElseThrow();
    assertThat(carried.getParagraph()).isEqualTo(1);
    assertThat(carried.getStatus()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(revision(3, "<p>Passengers waited for years. The ferry is new.</p>", List.of(manual))).noneMatch(CheckedClaim::isManual);
  }

  private ClaimCarryOver.Plan plan(int number, String body, List<CheckedClaim> open) {
    List<String> texts = BodyParagraphs.split(body).stream().map(ClaimExtractor::paragraphText).toList();
    return ClaimCarryOver.plan(7, number, extractor.extract(body), open, open, texts);
  }

  @Test
  void aOneParagraphEditWritesRowsOnlyForThatParagraphsClaims() {
    String untouched = "<p>The vote was held on Oct. 1.</p><p>The levy brings in $12 million a year.</p>";
    String body1 = "<p>The budget rose 3.8 percent, the mayor said on Wednesday.</p>" + untouched;
    List<CheckedClaim> first = plan(1, body1, List.of()).added();
    assertThat(first).hasSizeGreaterThanOrEqualTo(4);

    ClaimCarryOver.Plan second = plan(2, "<p>The budget rose 4.1 percent, the mayor said on Thursday.</p>" + untouched, first);
    List<CheckedClaim> inEdited = first.stream().filter(c -> c.getParagraph() == 0).toList();
    assertThat(second.closed()).containsExactlyInAnyOrderElementsOf(inEdited);
    assertThat(second.added()).isNotEmpty().allMatch(c -> c.getParagraph() == 0 && c.getFirstRevision() == 2 && c.isOpen());
    List<CheckedClaim> kept = second.claims().stream().filter(c -> !second.added().contains(c)).toList();
    assertThat(kept).isNotEmpty().allMatch(c -> c.getParagraph() > 0 && c.getFirstRevision() == 1);
    assertThat(kept).allMatch(c -> first.stream().anyMatch(f -> f == c), "the same rows, not copies");
    assertThat(second.claims()).hasSize(extractor.extract("<p>The budget rose 4.1 percent, the mayor said on Thursday.</p>" + untouched).size());

    // A paragraph put in front moves every claim: same verdicts, new places, so new rows.
    first.forEach(c -> c.judge(ClaimStatus.VERIFIED, null, null, "fran", AT));
    ClaimCarryOver.Plan moved = plan(2, "<p>A new paragraph first.</p>" + body1, first);
    assertThat(moved.closed()).hasSameSizeAs(first);
    assertThat(moved.added()).hasSameSizeAs(first).allMatch(c -> c.getParagraph() >= 1 && c.getStatus() == ClaimStatus.VERIFIED);
  }

  @Test
  void aVerdictOnAClaimThatStandsForEarlierRevisionsLeavesThemTheirs() {
    String body = "<p>The vote was held on Oct. 1.</p>";
    List<CheckedClaim> first = plan(1, body, List.of()).added();
    ClaimCarryOver.Plan second = plan(2, body + "<p>It rained.</p>", first);
    CheckedClaim row = second.claims().get(0);
    assertThat(row).isSameAs(first.get(0));
    assertThat(row.isLiveAt(1)).isTrue();
    assertThat(row.isLiveAt(2)).isTrue();

    CheckedClaim earlier = row.splitAt(2);
    assertThat(earlier.getFirstRevision()).isEqualTo(1);
    assertThat(earlier.getLastRevision()).isEqualTo(1);
    assertThat(earlier.getStatus()).isEqualTo(ClaimStatus.UNCHECKED);
    assertThat(row.getFirstRevision()).isEqualTo(2);
    assertThat(row.isLiveAt(1)).isFalse();
    assertThat(row.splitAt(2)).as("a row that starts at the revision is not split again").isNull();
  }

  @Test
  void segmentsMarkTheClaimsInTheText() {
    String body = "<p>The budget rose 3.8 percent on Wednesday.</p>";
    List<CheckedClaim> claims = revision(1, body, List.of());
    List<List<FactCheckView.Segment>> paragraphs = FactCheckView.segments(BodyParagraphs.split(body), claims);
    assertThat(paragraphs).hasSize(1);
    String joined = paragraphs.get(0).stream().map(FactCheckView.Segment::getText).reduce("", String::concat);
    assertThat(joined).isEqualTo("The budget rose 3.8 percent on Wednesday.");
    assertThat(paragraphs.get(0)).anyMatch(s -> s.getClaimId() == null);
    assertThat(paragraphs.get(0).stream().filter(s -> s.getStatus() != null).map(FactCheckView.Segment::getText))
        .anyMatch(t -> t.contains("3.8 percent"));
  }
}
