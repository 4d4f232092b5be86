package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void termsAreTheRunsOfLettersAndDigitsInLowerCase() {
    assertThat(SearchTerms.of("Harbourton's $1.2 billion ferry—deal, Gull Point: café Ørsted 2026"))
        .containsExactly("harbourton", "s", "1", "2", "billion", "ferry", "deal", "gull", "point", "café", "ørsted", "2026");
    assertThat(SearchTerms.of("Ferry ferry FERRY")).containsExactly("ferry");
    assertThat(SearchTerms.of(null)).isEmpty();
    assertThat(SearchTerms.of(" — … ")).isEmpty();
  }

  /** The search matches the text against the stored markup, so a link's address is found too. */
  @Test
  void aBlocksTermsAreEveryWordOfItsStoredMarkup() {
    assertThat(SearchTerms.ofBlock("<p>See <a href=\"https://example.org/budget\" rel=\"nofollow\">the <strong>budget</strong></a>.</p>"))
        .containsExactly("p", "see", "a", "href", "https", "example", "org", "budget", "rel", "nofollow", "the", "strong");
  }

  @Test
  void lettersAreLowerCasedOneByOneAsTheDatabasesDo() {
    assertThat(SearchTerms.of("İSTANBUL ΣΟΦΙΑ Straße")).containsExactly("istanbul", "σοφια", "straße");
    assertThat(SearchTerms.prefixes("İstanbul")).as("its i only: see the test below").containsExactly("i");
  }

  @Test
  void aLongWordIsKeptByItsFirstFortyCharactersAndNeverHalfACharacter() {
    String word = "a".repeat(39) + "\uD835\uDC00" + "bc"; // a mathematical bold A across the cut
    assertThat(SearchTerms.of(word)).containsExactly("a".repeat(39));
    assertThat(SearchTerms.of("x".repeat(60))).containsExactly("x".repeat(40));
  }

  @Test
  void aSearchNarrowsByItsFirstEightDistinctWords() {
    assertThat(SearchTerms.prefixes("Gull point, gull")).containsExactly("gull", "point");
    assertThat(SearchTerms.prefixes("a b c d e f g h i j")).hasSize(8).startsWith("a").endsWith("h");
    assertThat(SearchTerms.prefixes("%_\\")).isEmpty();
  }

  /** Chinese, Japanese and Thai run a sentence together; each of their letters begins a term of two. */
  @Test
  void textWrittenWithoutSpacesIsIndexedFromEachOfItsLetters() {
    assertThat(SearchTerms.of("在北京举行")).containsExactly("在北京举行", "北京", "京举", "举行", "行");
    assertThat(SearchTerms.of("新款iPhone手机")).as("the stretch of Latin letters inside begins a term too")
        .containsExactly("新款iphone手机", "款i", "iphone", "手机", "机");
    assertThat(SearchTerms.of("コーヒーを飲む")).contains("ーヒ", "ヒー", "飲む");
    assertThat(SearchTerms.of("ประเทศไทย")).contains("ไท", "ทย");
    assertThat(SearchTerms.of("Harbourton ferry")).as("text written with spaces is indexed as before")
        .containsExactly("harbourton", "ferry");
  }

  @Test
  void aSearchInTextWithoutSpacesAsksForItsLettersTwoByTwo() {
    assertThat(SearchTerms.prefixes("北京举行会")).containsExactly("北京", "举行", "会");
    assertThat(SearchTerms.prefixes("款iPhone手机 ferry")).containsExactly("款", "iphone", "手机", "ferry");
    assertThat(SearchTerms.prefixes("ferry 2026")).containsExactly("ferry", "2026");
  }

  /**
   * Greek's final sigma, the dotted capital I and the dotless i are lower-cased differently in
   * context (the text match) than one by one (the index): a search asks for what comes before them.
   */
  @Test
  void aSearchStopsBeforeLettersThatAreLowerCasedDifferentlyInContext() {
    assertThat(SearchTerms.prefixes("ΠΡΟΣ")).containsExactly("προ");
    assertThat(SearchTerms.prefixes("πρόσωπο ΤΗΣ")).containsExactly("πρόσωπο", "τη");
    assertThat(SearchTerms.prefixes("İstanbul ıslak")).as("a word that begins with ı narrows nothing").containsExactly("i");
    assertThat(SearchTerms.of("ΠΡΟΣ")).as("the index is unchanged").containsExactly("προσ");
    // Whichever way the text match lower-cases the typed text and the stored one, the pieces begin a stored term.
    for (String[] pair : new String[][] {{"ΠΡΟΣ", "προς"}, {"προς", "ΠΡΟΣ"}, {"İstanbul", "i\u0307stanbul"}, {"ıstanbul", "ISTANBUL"}}) {
      java.util.Set<String> terms = SearchTerms.of(pair[1]);
      for (String piece : SearchTerms.prefixes(pair[0])) {
        assertThat(terms).as("%s searched in %s", pair[0], pair[1]).anyMatch(t -> t.startsWith(piece));
      }
    }
  }

  /**
   * Whatever piece of a text a search types, from the start of a word or from any letter of a
   * script written without spaces, each piece the search asks the index for begins a term the
   * text has: the index narrows the stories without losing one the text match would find.
   */
  @Test
  void everyPieceASearchAsksForBeginsATermOfAnyTextItMatches() {
    String[] alphabet = {"a", "B", "é", "1", " ", ",", "北", "京", "举", "\uD840\uDC00", "コ", "ー", "ก", "\u0E48", "e\u0301", "İ", "-"};
    Random random = new Random(20261208);
    for (int n = 0; n < 5_000; n++) {
      String text = word(random, alphabet, 1 + random.nextInt(30));
      List<Integer> starts = new java.util.ArrayList<>();
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        boolean wordStart = i == 0
            || !Character.isLetterOrDigit(text.codePointBefore(i))
            || SearchTerms.unspaced(c)
            || SearchTerms.unspaced(text.codePointBefore(i));
        if (wordStart) {
          starts.add(i);
        }
      }
      java.util.Set<String> terms = SearchTerms.of(text);
      int from = starts.get(random.nextInt(starts.size()));
      int to = from;
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length && to < text.length(); k++) {
        to += Character.charCount(text.codePointAt(to));
      }
      String typed = text.substring(from, to);
      for (String piece : SearchTerms.prefixes(typed)) {
        assertThat(terms).as("%s searched in %s", typed, text).anyMatch(t -> t.startsWith(piece));
      }
    }
  }

  /** The range the desk's query reads is exactly the terms that begin with the word typed, in either order the databases use. */
  @Test
  void theRangeOfAPrefixHoldsExactlyTheTermsThatBeginWithIt() {
    String[] alphabet = {"a", "b", "y", "z", "0", "9", "é", "ø", "\uFF41", "\uD840\uDC00", "\uD840\uDFFF", "\uD841\uDC00", "\uD7FB"};
    Random random = new Random(20261207);
    for (int n = 0; n < 20_000; n++) {
      String prefix = word(random, alphabet, 1 + random.nextInt(3));
      String term = random.nextInt(3) == 0 ? prefix + word(random, alphabet, random.nextInt(3)) : word(random, alphabet, 1 + random.nextInt(5));
      String to = SearchTerms.upperBound(prefix);
      boolean begins = term.startsWith(prefix);
      assertThat(term.compareTo(prefix) >= 0 && term.compareTo(to) < 0).as("UTF-16 order: %s in [%s, %s)", term, prefix, to).isEqualTo(begins);
      assertThat(codePoints(term, prefix) >= 0 && codePoints(term, to) < 0).as("code point order: %s", term).isEqualTo(begins);
    }
    assertThat(SearchTerms.upperBound("ship")).isEqualTo("shiq");
    assertThat(SearchTerms.upperBound("1999")).isEqualTo("199:");
  }

  private static String word(Random random, String[] alphabet, int length) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < length; i++) {
      w.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return w.toString();
  }

  private static int codePoints(String a, String b) {
    List<Integer> x = a.codePoints().boxed().toList();
    List<Integer> y = b.codePoints().boxed().toList();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      if (!x.get(i).equals(y.get(i))) {
        return Integer.compare(x.get(i), y.get(i));
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
