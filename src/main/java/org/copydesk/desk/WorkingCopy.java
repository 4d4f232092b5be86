package org.copydesk.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A user's unsaved text of one story, autosaved every few seconds, so a closed tab, a crash or an
 * expired session loses nothing. It is not a revision: nobody else sees it, and it is discarded
 * once the user saves or declines to restore it.
 */
@Entity
@Table(name = "working_copy")
@IdClass(WorkingCopy.Key.class)
public class WorkingCopy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The composite key: user and story ("new" for a story not yet created). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String username;
    public String storyKey;

    public Key() {}

    public Key(String username, String storyKey) {
      this.username = username;
      this.storyKey = storyKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(storyKey, k.storyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, storyKey);
    }
  }

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Id
  @Column(name = "story_key", length = 40)
  private String storyKey;

  @Column(name = "base_revision", nullable = false)
  private int baseRevision;

  @Column(name = "headline", length = 300)
  private String headline;

  @Column(name = "standfirst", length = 600)
  private String standfirst;

  @Column(name = "body", length = 400_000)
  private String body;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  protected WorkingCopy() {}

  WorkingCopy(String username, String storyKey) {
    this.username = username;
    this.storyKey = storyKey;
  }

  void keep(int base, String newHeadline, String newStandfirst, String newBody, OffsetDateTime at) {
    this.baseRevision = base;
    this.headline = clip(newHeadline, 300);
    this.standfirst = clip(newStandfirst, 600);
    this.body = clip(newBody, 400_000);
    this.savedAt = at;
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public int getBaseRevision() {
    return baseRevision;
  }

  public String getHeadline() {
    return headline;
  }

  public String getStandfirst() {
    return standfirst;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getSavedAt() {
    return savedAt;
  }
}
