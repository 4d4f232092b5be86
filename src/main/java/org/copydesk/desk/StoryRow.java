package org.copydesk.desk;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.copydesk.story.StoryState;

/**
 * One line of the desk. A class with getters rather than a record: Jakarta EE 10's Expression
 * Language (WildFly) does not see record accessors as properties.
 */
public final class StoryRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String slug;
  private final String headline;
  private final StoryState state;
  private final String reporter;
  private final int revision;
  private final int words;
  private final OffsetDateTime updatedAt;
  private final String byline;
  private final String photoCredit;
  /** The editor's and the fact-check page's addresses, set by the page that shows the row. */
  private String editorLink;
  private String factCheckLink;

  public StoryRow(
      long id, String slug, String headline, StoryState state, String reporter, int revision, int words, OffsetDateTime updatedAt,
      String byline, String photographer, String agency, String distributor) {
    this.id = id;
    this.slug = slug;
    this.headline = headline;
    this.state = state;
    this.reporter = reporter;
    this.revision = revision;
    this.words = words;
    this.updatedAt = updatedAt;
    this.byline = byline;
    this.photoCredit = new org.copydesk.credit.PhotoCredit(photographer, agency, distributor, null).render();
  }

  /** The byline as the wire sent it, for wire copy; empty for the newsroom's own stories. */
  public String getByline() {
    return byline;
  }

  /** "(Photographer/Agency/Distributor)", or empty without a photo credit. */
  public String getPhotoCredit() {
    return photoCredit;
  }

  public long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getHeadline() {
    return headline;
  }

  public StoryState getState() {
    return state;
  }

  public String getReporter() {
    return reporter;
  }

  public int getRevision() {
    return revision;
  }

  public int getWords() {
    return words;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** "2026-12-05 16:20" (UTC), as the desk shows it: formatted here, not by a converter per row. */
  public String getUpdated() {
    return updatedAt == null ? "" : UPDATED.format(updatedAt.withOffsetSameInstant(java.time.ZoneOffset.UTC));
  }

  private static final java.time.format.DateTimeFormatter UPDATED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * Sets the row's links. The desk builds them once per row in Java: an {@code h:link} per row
   * resolved its outcome through the navigation handler on every render, a tenth of the page's time.
   */
  void links(String editor, String factCheck) {
    this.editorLink = editor;
    this.factCheckLink = factCheck;
  }

  public String getEditorLink() {
    return editorLink;
  }

  public String getFactCheckLink() {
    return factCheckLink;
  }
}
