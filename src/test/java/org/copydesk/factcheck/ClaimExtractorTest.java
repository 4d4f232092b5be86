package org.copydesk.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimExtractorTest {

  private final ClaimExtractor extractor = new ClaimExtractor();

  private List<Claim> claims(String html, ClaimType type) {
    return extractor.extract(html).stream().filter(c -> c.type() == type).toList();
  }

  private List<String> texts(String html, ClaimType type) {
    return claims(html, type).stream().map(Claim::text).toList();
  }

  /** The paragraph texts the claim book hands the extractor for a stored body. */
  private static List<String> paragraphTexts(String body) {
    return org.copydesk.story.BodyParagraphs.split(body).stream().map(ClaimExtractor::paragraphText).toList();
  }

  @Test
  void theBlocksPlainTextsGiveTheSameClaimsAsTheBody() {
    // A later paragraph refers to a person by surname only, so the claims depend on the whole body.
    String body = "<p>Mayor Evelyn Strand said on Wednesday that the council approved a budget of $412 million.</p>"
        + "<h2>Vote</h2><p>&#34;We had no choice,&#34; Strand said. The vote was 7 to 2 on March 3, 2026.</p>"
        + "<ul><li>Up 3.8 percent from last year</li></ul>";
    assertThat(extractor.extractFromTexts(paragraphTexts(body))).isEqualTo(extractor.extract(body)).isNotEmpty();
  }

  @Nested
  class KeptScans {

    private static final String BODY = "<p>Mayor Evelyn Strand said on Wednesday that the council approved $412 million.</p>"
        + "<p>&#34;We had no choice,&#34; Strand said.</p><p>The vote was 7 to 2 on March 3, 2026.</p>";

    @Test
    void theSameBodyTwiceGivesTheSameClaimsAndScansEachParagraphOnce() {
      List<Claim> first = extractor.extract(BODY);
      assertThat(extractor.extract(BODY)).isEqualTo(first).isNotEmpty();
      assertThat(extractor.scansKept()).isEqualTo(3);
    }

    @Test
    void aChangedParagraphIsScannedAnewAndTheClaimsAreThoseOfAFreshExtractor() {
      extractor.extract(BODY);
      // The speaker's paragraph changes; the claims still depend on the first paragraph's name.
      String edited = BODY.replace("We had no choice", "We had no choice at all, 3 times over");
      assertThat(extractor.extract(edited)).isEqualTo(new ClaimExtractor().extract(edited));
      assertThat(extractor.scansKept()).isEqualTo(4);
      assertThat(extractor.extractFromTexts(paragraphTexts(edited))).isEqualTo(extractor.extract(edited));
    }

    @Test
    void theLeastRecentlyUsedScansAreDroppedBeyondTheLimit() {
      for (int i = 0; i < ClaimExtractor.SCANS_KEPT + 10; i++) {
        extractor.extract("<p>Paragraph " + i + " was written on May " + (1 + i % 28) + ".</p>");
      }
      assertThat(extractor.scansKept()).isEqualTo(ClaimExtractor.SCANS_KEPT);
    }

    @Test
    void aParagraphsFiguresAreKeptPerSetOfTakenSpansAndAreWhatTheScannerFinds() {
      String text = "Officers of Local 12 said members paid $4 million, 12 percent more, on May 3, 2026.";
      ClaimExtractor.Scan scan = ClaimExtractor.Scan.of(text);
      List<Span> datesOnly = scan.dates();
      List<Span> withOrganisation = new java.util.ArrayList<>(datesOnly);
      // Where another body names an organisation over it, the sum is no figure; otherwise it is one.
      withOrganisation.add(new Span(text.indexOf("$4"), text.indexOf(", 12")));
      assertThat(FigureScanner.find(text, datesOnly)).isNotEqualTo(FigureScanner.find(text, withOrganisation));
      for (int round = 0; round < 3; round++) {
        assertThat(scan.figures(datesOnly)).isEqualTo(FigureScanner.find(text, datesOnly));
        assertThat(scan.figures(withOrganisation)).isEqualTo(FigureScanner.find(text, withOrganisation));
      }
      assertThat(scan.figureSets()).hasSize(2);
    }

    @Test
    void figuresAreKeptForAFewSetsOfTakenSpansOnlyAndStillFoundForMore() {
      String text = "Of 120 boats, 40 were sold for $2 million and 8 sank in 1999.";
      ClaimExtractor.Scan scan = ClaimExtractor.Scan.of(text);
      for (int i = 0; i < ClaimExtractor.Scan.FIGURE_SETS_KEPT + 3; i++) {
        List<Span> taken = List.of(new Span(i, i + 1));
        assertThat(scan.figures(taken)).isEqualTo(FigureScanner.find(text, taken));
      }
      assertThat(scan.figureSets()).hasSize(ClaimExtractor.Scan.FIGURE_SETS_KEPT);
    }

    @Test
    void bodiesMadeOfTheSameParagraphsInAnyOrderGetWhatAFreshExtractorGets() {
      // The organisations and people of one paragraph depend on the others (everyday words, known
      // surnames), so the same paragraph meets the kept scans in many bodies.
      List<String> pool = List.of(
          "<p>The Port Authority said the harbour fund paid $4 million in 2025.</p>",
          "<p>&#34;We paid 12 percent more,&#34; Marchetti said on May 3, 2026.</p>",
          "<p>Helen Marchetti, the port authority&#39;s director, met 40 union members.</p>",
          "<p>The Authority will vote on 7 of the 9 proposals, the Harbour Fund 2030 said.</p>",
          "<p>Union president Carla Mendes said the fund lost a third of its value.</p>",
          "<p>The fund&#39;s board met twice, and 3 members of the Port Authority resigned.</p>",
          // A quote left open, which the next paragraph carries on when it opens with a quote
          // mark: then its speaker is found where the quote closes (each kept with its scan).
          "<p>&#34;We will keep the yard open through the winter.</p>",
          "<p>&#34;Nobody loses a job this year,&#34; she said, &#34;and nobody in 2027.&#34;</p>");
      java.util.Random random = new java.util.Random(20261206L);
      for (int round = 0; round < 300; round++) {
        List<String> chosen = new java.util.ArrayList<>(pool);
        java.util.Collections.shuffle(chosen, random);
        String body = String.join("", chosen.subList(0, 2 + random.nextInt(pool.size() - 1)));
        assertThat(extractor.extract(body)).as(body).isEqualTo(new ClaimExtractor().extract(body));
      }
    }

    @Test
    void aParagraphsKeptEntitiesGiveWayWhenAnotherParagraphMakesItsSurnameASpeakers() {
      // Alone, "Helen Marchetti" is a capitalised pair with no sign of a person; once another
      // paragraph has "Marchetti said", she is one. The first paragraph's text does not change.
      String visit = "<p>Helen Marchetti visited the harbour on Friday.</p>";
      String speaks = "<p>&#34;We will pay,&#34; Marchetti said.</p>";
      List<Claim> alone = claims(visit, ClaimType.ENTITY);
      List<Claim> withSpeaker =
          extractor.extract(visit + speaks).stream().filter(c -> c.type() == ClaimType.ENTITY).toList();
      assertThat(withSpeaker).isNotEqualTo(alone);
      assertThat(extractor.extract(visit + speaks)).isEqualTo(new ClaimExtractor().extract(visit + speaks));
      assertThat(extractor.extract(visit)).isEqualTo(new ClaimExtractor().extract(visit));
      assertThat(extractor.entitiesKept()).isEqualTo(2);
    }

    @Test
    void aParagraphsKeptEntitiesGiveWayWhenAnotherParagraphUsesItsFirstWordInLowerCase() {
      // At a sentence's start, a capitalised word the body also uses in lower case is an everyday
      // word, not part of the name after it.
      String opens = "<p>Harbour Commissioner Ana Ruiz opened the dock.</p>";
      String everyday = "<p>The harbour commissioner is elected.</p>";
      List<Claim> alone = extractor.extract(opens);
      List<Claim> together = extractor.extract(opens + everyday);
      assertThat(together).isEqualTo(new ClaimExtractor().extract(opens + everyday));
      assertThat(extractor.extract(opens)).isEqualTo(alone).isEqualTo(new ClaimExtractor().extract(opens));
    }

    @Test
    void editsOfTheAnnotatedStoriesGetWhatAFreshExtractorGets() {
      // Saves in the newsroom: paragraphs dropped, repeated, and words changed in case. Whatever the
      // edit, the kept scans, entities and texts must give what a fresh extractor gives.
      java.util.Random random = new java.util.Random(20261207L);
      for (CorpusStory story : CorpusStory.all()) {
        List<String> blocks = new java.util.ArrayList<>(org.copydesk.story.BodyParagraphs.split(story.html()));
        for (int edit = 0; edit < 40 && blocks.size() > 1; edit++) {
          int at = random.nextInt(blocks.size());
          switch (random.nextInt(4)) {
            case 0 -> blocks.remove(at);
            case 1 -> blocks.add(random.nextInt(blocks.size()), blocks.get(at));
            case 2 -> blocks.set(at, recased(blocks.get(at), random, true));
            default -> blocks.set(at, recased(blocks.get(at), random, false));
          }
          String body = String.join("", blocks);
          assertThat(extractor.extract(body)).as(story.name() + ", edit " + edit).isEqualTo(new ClaimExtractor().extract(body));
          assertThat(extractor.paragraphTexts(blocks)).isEqualTo(paragraphTexts(body));
        }
      }
    }

    /** The block with one of its words' first letters turned to lower ({@code lower}) or upper case. */
    private static String recased(String block, java.util.Random random, boolean lower) {
      // The first letters of the words outside tags and character references, of the case to change.
      List<Integer> starts = new java.util.ArrayList<>();
      boolean inMarkup = false;
      for (int i = 0; i < block.length(); i++) {
        char c = block.charAt(i);
        if (c == '<' || c == '&') {
          inMarkup = true;
        } else if (c == '>' || c == ';') {
          inMarkup = false;
        } else if (!inMarkup && (i == 0 || !Character.isLetter(block.charAt(i - 1)))
            && (lower ? Character.isUpperCase(c) : Character.isLowerCase(c))) {
          starts.add(i);
        }
      }
      if (starts.isEmpty()) {
        return block;
      }
      int i = starts.get(random.nextInt(starts.size()));
      String letter = block.substring(i, i + 1);
      return block.substring(0, i) + (lower ? letter.toLowerCase(java.util.Locale.ROOT) : letter.toUpperCase(java.util.Locale.ROOT))
          + block.substring(i + 1);
    }

    @Test
    void threadsSharingTheScansGetWhatAFreshExtractorGets() throws Exception {
      List<String> bodies = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        bodies.add(BODY.replace("7 to 2", (i + 3) + " to 2"));
      }
      var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<List<Claim>>> answers = new java.util.ArrayList<>();
        for (int round = 0; round < 25; round++) {
          for (String body : bodies) {
            answers.add(pool.submit(() -> extractor.extract(body)));
          }
        }
        for (int a = 0; a < answers.size(); a++) {
          assertThat(answers.get(a).get()).isEqualTo(new ClaimExtractor().extract(bodies.get(a % bodies.size())));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Quotes {

    @Test
    void attributionAfterTheQuoteWithNameAndAppositive() {
      List<Claim> quotes =
          claims("<p>&#34;This is the biggest investment since the 1960s,&#34; Helen Marchetti, the port authority&#39;s director, said.</p>",
              ClaimType.QUOTE);
      assertThat(quotes).extracting(Claim::text, Claim::speaker)
          .containsExactly(tuple("This is the biggest investment since the 1960s", "Helen Marchetti"));
    }

    @Test
    void saidBeforeTheNameWithTitlesStripped() {
      assertThat(claims("<p>\"We chose a path everyone can live with,\" said Secretary General Ingrid Solberg, who chaired the talks.</p>",
          ClaimType.QUOTE))
          .extracting(Claim::speaker).containsExactly("Ingrid Solberg");
    }

    @Test
    void nameSaidColonBeforeTheQuoteAndInAnInterview() {
      assertThat(claims("<p>Mayor Jane Doe said: \"The budget is balanced for the first time.\"</p>"
          + "<p>Doe said in an interview: \"We will not borrow a cent this year.\"</p>", ClaimType.QUOTE))
          .extracting(Claim::speaker).containsExactly("Jane Doe", "Jane Doe");
    }

    @Test
    void accordingToAndSurnameResolvedToTheFullName() {
      List<Claim> quotes = claims(
          "<p>Councillor Bruce Haldane voted against the plan.</p>"
              + "<p>The plan is \"dead on arrival in the west end,\" according to Haldane.</p>", ClaimType.QUOTE);
      assertThat(quotes).extracting(Claim::speaker).containsExactly("Bruce Haldane");
    }

    @Test
    void pronounGoesToThePersonNamedLast() {
      assertThat(claims("<p>Asked about the delay, Dr. Amara Osei paused. \"Some of these patients should be in intensive care,\" she said.</p>",
          ClaimType.QUOTE))
          .extracting(Claim::speaker).containsExactly("Amara Osei");
    }

    @Test
    void nestedSingleQuotesStayInsideTheDoubleQuote() {
      List<Claim> quotes = claims(
          "<p>&#34;When Ottawa says &#39;short-term pain,&#39; we ask how short and whose pain,&#34; Tom Arsenault said.</p>",
          ClaimType.QUOTE);
      assertThat(quotes).extracting(Claim::text)
          .containsExactly("When Ottawa says 'short-term pain,' we ask how short and whose pain");
    }

    @Test
    void curlyGuillemetAndGermanQuotesAreQuotes() {
      String html = "<p>“We will not close the plant,” the manager said.</p>"
          + "<p>Claire Dumont, the French delegate, called it «&nbsp;un compromis raisonnable&nbsp;».</p>"
          + "<p>„Wir haben die Wissenschaft ignoriert“, said Klaus Berger.</p>";
      assertThat(claims(html, ClaimType.QUOTE)).extracting(Claim::text, Claim::speaker).containsExactly(
          tuple("We will not close the plant", "the manager"),
          tuple("un compromis raisonnable", "Claire Dumont"),
          tuple("Wir haben die Wissenschaft ignoriert", "Klaus Berger"));
    }

    @Test
    void pullQuoteSignedWithADash() {
      assertThat(claims("<p>\"The fish do not negotiate with anyone.\" \u2014 Dr. Caroline Achebe, head of the scientific committee</p>",
          ClaimType.QUOTE))
          .extracting(Claim::speaker).containsExactly("Caroline Achebe");
    }

    @Test
    void quoteWithoutAttributionIsKeptWithoutSpeaker() {
      assertThat(claims("<p>The sign at the gate read \"no trucks after six in the evening\" until last spring.</p>", ClaimType.QUOTE))
          .extracting(Claim::text, Claim::speaker)
          .containsExactly(tuple("no trucks after six in the evening", null));
    }

    @Test
    void shortScareQuotesWithoutAttributionAreNotQuotes() {
      assertThat(claims("<p>The so-called \"green corridor\" would run past the \"old\" mill.</p>", ClaimType.QUOTE)).isEmpty();
    }

    @Test
    void shortQuoteWithAttributionIsAQuote() {
      assertThat(claims("<p>The chief executive, Michael Brandt, acknowledged the numbers were \"unacceptable\" and left.</p>",
          ClaimType.QUOTE))
          .extracting(Claim::text, Claim::speaker).containsExactly(tuple("unacceptable", "Michael Brandt"));
    }

    @Test
    void quoteRunningOverParagraphsIsOneClaim() {
      String html = "<p>\"People think nurses leave because of the pay,\" union president Carla Mendes said. \"They leave because they are tired.</p>"
          + "<p>\"They leave because they are tired of apologising.</p>"
          + "<p>\"And once they go, they do not come back.\"</p>"
          + "<p>The board did not comment.</p>";
      List<Claim> quotes = claims(html, ClaimType.QUOTE);
      assertThat(quotes).hasSize(2);
      Claim runOn = quotes.get(1);
      assertThat(runOn.text()).isEqualTo(
          "They leave because they are tired.\nThey leave because they are tired of apologising.\nAnd once they go, they do not come back.");
      assertThat(runOn.speaker()).isEqualTo("Carla Mendes");
      assertThat(runOn.anchor().paragraph()).isZero();
      assertThat(runOn.anchor().endParagraph()).isEqualTo(2);
      assertThat(runOn.anchor().spansParagraphs()).isTrue();
      assertThat(runOn.sentence()).startsWith("\"They leave because").endsWith("do not come back.\"");
    }

    @Test
    void quoteOpeningAParagraphWithoutAttributionKeepsThePreviousSpeaker() {
      String html = "<p>\"We are adding staff faster than residents,\" Councillor Bruce Haldane said.</p>"
          + "<p>\"At some point the math catches up with you.\"</p>";
      assertThat(claims(html, ClaimType.QUOTE)).extracting(Claim::speaker).containsExactly("Bruce Haldane", "Bruce Haldane");
    }
  }

  @Nested
  class Figures {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Russia is losing about 1,500 killed and wounded a day, officials said.   | about 1,500 killed and wounded a day
        The army is recruiting around 30,000 new personnel a month.             | around 30,000 new personnel a month
        Prices rose 3.8 percent last year.                                      | 3.8 percent
        Prices rose 3.8% last year.                                             | 3.8%
        The state will spend $2 billion on roads.                               | $2 billion
        The council passed a $412 million budget.                               | $412 million budget
        The port handles 216,000 tonnes of cargo.                               | 216,000 tonnes
        Roughly two-thirds of the money goes to transit.                        | Roughly two-thirds
        The plant employs half of the town.                                     | half
        The repairs will take 14 months.                                        | 14 months
        The authority bought three new tugboats.                                | three new tugboats
        The board voted 6-1 to proceed.                                         | 6-1
        One in five patients left without being seen.                           | One in five patients
        Patients waited 4 hours and 48 minutes on average.                      | 4 hours and 48 minutes
        Inspectors found corrosion on 31 of the bridge's 118 floor beams.       | 31 of the bridge's 118 floor beams
        Ferries will run every 20 minutes instead of every 30.                  | 20 minutes, 30
        """)
    void findsTheFigureWithItsUnit(String sentence, String figures) {
      assertThat(texts("<p>" + sentence + "</p>", ClaimType.FIGURE)).containsExactly(figures.split(", "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The crash closed Route 9 near the airport.",
        "He was a boy when Apollo 11 landed on the moon.",
        "The airline grounded its Boeing 737 fleet.",
        "The ferry left from No. 4 Wharf.",
        "The strike by Local 1182 ended quickly."})
    void numbersInNamesAreNotFigures(String sentence) {
      assertThat(claims("<p>" + sentence + "</p>", ClaimType.FIGURE)).isEmpty();
    }

    @Test
    void aYearIsADateNotAFigure() {
      String html = "<p>The last collapse came in 1994 and lasted 14 months.</p>";
      assertThat(texts(html, ClaimType.DATE)).containsExactly("1994");
      assertThat(texts(html, ClaimType.FIGURE)).containsExactly("14 months");
    }

    @Test
    void aFigureInsideAQuoteIsAlsoAFigure() {
      String html = "<p>\"A cut of 18 percent hurts, but we can survive it,\" Tom Arsenault said.</p>";
      assertThat(texts(html, ClaimType.QUOTE)).hasSize(1);
      assertThat(texts(html, ClaimType.FIGURE)).containsExactly("18 percent");
    }
  }

  @Nested
  class Dates {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        The law takes effect on Oct. 1.                         | Oct. 1
        The law takes effect on October 1, 2026.               | October 1, 2026
        The ceasefire holds until the 20th of January.         | the 20th of January
        The mill opened in the 1960s.                          | 1960s
        The vote is expected next year.                        | next year
        The talks collapsed last week.                         | last week
        The council met on Wednesday.                          | Wednesday
        The first alarm sounded at 3:29 p.m.                   | 3:29 p.m.
        A decision is due by March.                            | March
        Talks resume Tuesday at 10 a.m.                        | Tuesday at 10 a.m.
        The figure was lower a year earlier.                   | a year earlier
        """)
    void findsTheDate(String sentence, String date) {
      assertThat(texts("<p>" + sentence + "</p>", ClaimType.DATE)).containsExactly(date);
    }

    @Test
    void datesInHeadlineLikeSentences() {
      String html = "<h2>Council to vote Oct. 1 on $2 billion harbour plan</h2><h2>Quota takes effect Jan. 1</h2>";
      assertThat(claims(html, ClaimType.DATE)).extracting(Claim::text, c -> c.anchor().paragraph())
          .containsExactly(tuple("Oct. 1", 0), tuple("Jan. 1", 1));
      assertThat(texts(html, ClaimType.FIGURE)).containsExactly("$2 billion harbour plan");
    }

    @Test
    void mayTheVerbIsNotAMonth() {
      assertThat(claims("<p>The plan May still fail, but it opens in May.</p>", ClaimType.DATE))
          .extracting(Claim::text).containsExactly("May");
    }
  }

  @Nested
  class Entities {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        The talks were chaired by Secretary General Jane Doe.                            | Secretary General Jane Doe
        Helen Marchetti, the port authority's director, left early.                      | Helen Marchetti, the port authority's director
        The statement came from the Harbourton Port Authority.                           | Harbourton Port Authority
        The man was taken to St. Brendan's Hospital with hypothermia.                    | St. Brendan's Hospital
        The North Atlantic Fisheries Council meets in spring.                            | North Atlantic Fisheries Council
        She later served as ambassador to France for six years.                          | ambassador to France
        The lawsuit was filed by union president Carla Mendes on behalf of the nurses.   | union president Carla Mendes
        """)
    void findsTheNamedPersonOrBody(String sentence, String entity) {
      assertThat(texts("<p>" + sentence + "</p>", ClaimType.ENTITY)).containsExactly(entity);
    }

    @Test
    void aNameTheTextCallsABodyIsAnOrganisationButItsSpokespersonIsAPerson() {
      assertThat(texts("<p>The advocacy group BlueLedger objected. The contract went to Castlegate Civil, a Harbourton firm.</p>",
          ClaimType.ENTITY)).containsExactly("BlueLedger", "Castlegate Civil");
      assertThat(texts("<p>A spokesperson for the company, Jane Doe, said the plant would stay open.</p>", ClaimType.ENTITY))
          .containsExactly("A spokesperson for the company, Jane Doe");
    }

    @Test
    void placesAndProductsAreNotEntities() {
      assertThat(claims("<p>The Boeing 737 landed in Halifax after circling over Quarry Road and the Kell River.</p>",
          ClaimType.ENTITY)).isEmpty();
    }
  }

  @Nested
  class Sentences {

    @Test
    void abbreviationsInitialsDecimalsAndTimesDoNotEndASentence() {
      String sentence = "Mr. Smith met Dr. J.R. Whitfield of St. Brendan's on Oct. 1 in the U.S. capital at 3 p.m. Wednesday to discuss a 3.8 percent raise.";
      List<Claim> claims = extractor.extract("<p>" + sentence + " The talks failed.</p>");
      assertThat(claims).isNotEmpty();
      assertThat(claims.stream().filter(c -> c.anchor().start() < sentence.length())).allSatisfy(c -> assertThat(c.sentence()).isEqualTo(sentence));
    }

    @Test
    void aQuoteEndingASentenceEndsIt() {
      List<Claim> claims = extractor.extract("<p>\"It is done,\" said Mayor Jane Doe. \"We start in March.\" The council agreed on Friday.</p>");
      assertThat(claims).filteredOn(c -> c.type() == ClaimType.DATE).extracting(Claim::sentence)
          .containsExactly("\"We start in March.\"", "The council agreed on Friday.");
    }
  }

  @Nested
  class Anchors {

    @Test
    void offsetsPointIntoTheParagraphPlainText() {
      String html = "<p>Intro.</p><p>The <em>Harbourton</em> Port Authority approved a &#36;96 million plan &amp; more on Tuesday.</p>";
      String plain = ClaimExtractor.paragraphText("<p>The <em>Harbourton</em> Port Authority approved a &#36;96 million plan &amp; more on Tuesday.</p>");
      assertThat(plain).isEqualTo("The Harbourton Port Authority approved a $96 million plan & more on Tuesday.");
      for (Claim c : extractor.extract(html)) {
        assertThat(c.anchor().paragraph()).isEqualTo(1);
        assertThat(plain.substring(c.anchor().start(), c.anchor().end())).isEqualTo(c.text());
      }
    }

    @Test
    void sentenceHashIsStableForTheSameSentenceAndChangesWithAnEdit() {
      String before = "<p>The port handles 216,000 tonnes a year. Officials met on Tuesday.</p>";
      String restyled = "<p>The port handles 216,000 tonnes a year.   Officials met on <b>Tuesday</b>.</p>";
      String edited = "<p>The port handles 261,000 tonnes a year. Officials met on Tuesday.</p>";
      Claim tonnes = claims(before, ClaimType.FIGURE).get(0);
      Claim tuesday = claims(before, ClaimType.DATE).get(0);
      assertThat(claims(before, ClaimType.FIGURE).get(0).sentenceHash()).isEqualTo(tonnes.sentenceHash());
      assertThat(claims(restyled, ClaimType.DATE).get(0).sentenceHash()).isEqualTo(tuesday.sentenceHash());
      assertThat(claims(edited, ClaimType.FIGURE).get(0).sentenceHash()).isNotEqualTo(tonnes.sentenceHash());
      assertThat(claims(edited, ClaimType.DATE).get(0).sentenceHash()).isEqualTo(tuesday.sentenceHash());
      assertThat(tonnes.sentenceHash()).hasSize(64).isEqualTo(Claim.hashOf("The port handles 216,000 tonnes a year."));
    }

    @Test
    void curlingTheQuotesDoesNotChangeTheHash() {
      assertThat(Claim.hashOf("\"It is done,\" she said.")).isEqualTo(Claim.hashOf("“It is done,” she  said."));
      assertThat(Claim.hashOf("It is done.")).isNotEqualTo(Claim.hashOf("It is not done."));
    }

    @Test
    void emptyAndNullBodiesHaveNoClaims() {
      assertThat(extractor.extract("")).isEmpty();
      assertThat(extractor.extract(null)).isEmpty();
      assertThat(extractor.extract("<p> </p>")).isEmpty();
    }

    @Test
    void extractionIsDeterministic() {
      String html = CorpusStory.resource("factcheck/corpus/01.html");
      assertThat(extractor.extract(html)).isEqualTo(extractor.extract(html));
    }

    @Test
    void onlyQuotesHaveASpeaker() {
      Claim.Anchor anchor = new Claim.Anchor(0, 0, 0, 4);
      String hash = Claim.hashOf("x");
      assertThatThrownBy(() -> new Claim(ClaimType.FIGURE, "1994", "someone", anchor, "x", hash))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Claim(ClaimType.QUOTE, " ", null, anchor, "x", hash))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
