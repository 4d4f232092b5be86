package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMarkupTest {

  private static final String MARK = "<span class=\"ql-ui\" contenteditable=\"false\"></span>";

  private static String item(String kind, String text) {
    return "<li data-list=\"" + kind + "\">" + MARK + text + "</li>";
  }

  private static String stored(String body) {
    return BodyPolicy.clean(RevisionDraft.text("Lists", null, body, null)).draft().body();
  }

  @Test
  void theEditorsBulletListIsStoredAsBulletsAndItsNumberedListAsNumbers() {
    assertThat(stored("<ol>" + item("bullet", "Ferries") + item("bullet", "Buses") + "</ol>"))
        .isEqualTo("<ul><li>Ferries</li><li>Buses</li></ul>");
    assertThat(stored("<ol>" + item("ordered", "First") + item("ordered", "Second") + "</ol>"))
        .isEqualTo("<ol><li>First</li><li>Second</li></ol>");
  }

  @Test
  void itemsOfSeveralKindsInOneEditorListBecomeOneListPerRun() {
    String body = "<p>Before</p><ol>" + item("bullet", "a") + item("bullet", "b") + item("ordered", "one") + item("bullet", "c")
        + "</ol><p>After</p>";
    assertThat(stored(body)).isEqualTo(
        "<p>Before</p>\n<ul><li>a</li><li>b</li></ul>\n<ol><li>one</li></ol>\n<ul><li>c</li></ul>\n<p>After</p>");
    // Each list a block of its own, as the paragraph store and the claims see them.
    assertThat(BodyPolicy.clean(RevisionDraft.text("Lists", null, body, null)).blocks()).hasSize(5);
  }

  @Test
  void checkListsAreStoredAsBulletsAndSaidToBeChanged() {
    String body = "<ol>" + item("checked", "Call the port") + item("unchecked", "Call the union") + "</ol>";
    assertThat(stored(body)).isEqualTo("<ul><li>Call the port</li><li>Call the union</li></ul>");
    assertThat(BodyPolicy.clean(RevisionDraft.text("Lists", null, body, null)).keptAsSent()).isFalse();
  }

  @Test
  void listsWrittenElsewhereAreLeftAsTheyAre() {
    for (String body : new String[] {
        "<ul><li>a</li><li>b</li></ul>", "<ol><li>a</li><li>b</li></ol>", "<ul><li>a<ol><li>b</li></ol></li></ul>"}) {
      assertThat(stored(body)).isEqualTo(body);
      assertThat(BodyPolicy.clean(RevisionDraft.text("Lists", null, body, null)).keptAsSent()).as(body).isTrue();
    }
    // Quill's attribute on an item of a <ul> says nothing the tag does not.
    assertThat(stored("<ul><li data-list=\"ordered\">a</li></ul>")).isEqualTo("<ul><li>a</li></ul>");
  }

  @Test
  void anEditorListInsideAnotherListTakesItsOwnKind() {
    assertThat(stored("<ul><li>a<ol>" + item("bullet", "b") + "</ol></li><li>c</li></ul>"))
        .isEqualTo("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>");
    assertThat(stored("<ol><li>a<ol>" + item("bullet", "b") + "</ol></li><li>c</li></ol>"))
        .isEqualTo("<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>");
  }

  @Test
  void theAttributeWrittenAsTextIsText() {
    String body = "<p>Quill writes data-list=\"bullet\" on each item.</p>";
    assertThat(stored(body)).isEqualTo("<p>Quill writes data-list&#61;&#34;bullet&#34; on each item.</p>");
  }

  @Test
  void onlyTheEditorsEmptyMarkerIsTakenOutBeforeTheCheck() {
    assertThat(ListMarkup.withoutEditorMarkers("<li>" + MARK + "a</li>")).isEqualTo("<li>a</li>");
    String marked = "<p><span class=\"ql-ui\" contenteditable=\"false\">shown</span></p>";
    assertThat(ListMarkup.withoutEditorMarkers(marked)).isEqualTo(marked);
    assertThat(BodyPolicy.clean(RevisionDraft.text("Lists", null, marked, null)).keptAsSent()).isFalse();
  }
}
