package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMarkupTest {

  private static final String MARK = "<span class=\"ql-ui\" contenteditable=\"false\"></span>";

  private static String item(String kind, String text) {
    return "<li data-list=\"" + kind + "\">" + MARK + text + "</li>";
  }

  private static String indented(int indent, String kind, String text) {
    return "<li data-list=\"" + kind + "\" class=\"ql-indent-" + indent + "\">" + MARK + text + "</li>";
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
  void itemsTheReporterIndentedAreNestedInTheItemAbove() {
    String body = "<ol>" + item("bullet", "Transport") + indented(1, "bullet", "Ferries") + indented(1, "bullet", "Buses")
        + item("bullet", "Schools") + "</ol>";
    assertThat(stored(body)).isEqualTo("<ul><li>Transport<ul><li>Ferries</li><li>Buses</li></ul></li><li>Schools</li></ul>");
    CleanDraft clean = BodyPolicy.clean(RevisionDraft.text("Lists", null, body, null));
    assertThat(clean.keptAsSent()).isTrue();
    assertThat(clean.blocks()).hasSize(1);
  }

  @Test
  void eachNestedListTakesTheKindOfItsItems() {
    String body = "<ol>" + item("bullet", "a") + indented(1, "ordered", "b") + indented(2, "ordered", "c")
        + indented(1, "bullet", "d") + item("ordered", "e") + "</ol>";
    assertThat(stored(body)).isEqualTo(
        "<ul><li>a<ol><li>b<ol><li>c</li></ol></li></ol><ul><li>d</li></ul></li></ul>\n<ol><li>e</li></ol>");
  }

  @Test
  void anItemMoreThanOneStepDeeperIsNestedOneListDown() {
    assertThat(stored("<ol>" + item("bullet", "a") + indented(2, "bullet", "b") + indented(1, "bullet", "c") + "</ol>"))
        .isEqualTo("<ul><li>a<ul><li>b</li></ul><ul><li>c</li></ul></li></ul>");
    // A first item indented has nothing to nest in: it and the next are one list.
    assertThat(stored("<ol>" + indented(1, "bullet", "a") + item("bullet", "b") + "</ol>"))
        .isEqualTo("<ul><li>a</li><li>b</li></ul>");
  }

  @Test
  void anIndentOutsideAListTheEditorWroteIsDroppedAndSaidToBe() {
    String body = "<ul><li class=\"ql-indent-1\">a</li></ul>";
    assertThat(stored(body)).isEqualTo("<ul><li>a</li></ul>");
    assertThat(BodyPolicy.clean(RevisionDraft.text("Lists", null, body, null)).keptAsSent()).isFalse();
  }

  @Test
  void aNestedListStoredOnceIsStoredAgainUnchanged() {
    String once = stored("<ol>" + item("ordered", "a") + indented(1, "bullet", "b") + item("ordered", "c") + "</ol>");
    assertThat(once).isEqualTo("<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>");
    assertThat(stored(once)).isEqualTo(once);
    assertThat(BodyPolicy.clean(RevisionDraft.text("Lists", null, once, null)).keptAsSent()).isTrue();
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
