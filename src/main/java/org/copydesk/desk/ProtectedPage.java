package org.copydesk.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The protected views (faces-config.xml) and what the "open" page needs to say about each: the
 * request parameter that names the story, and the bundle key of the sentence describing it.
 * Only this one parameter is carried from a refused request to the open page, so nothing else a
 * planted link adds reaches the page that is finally opened.
 */
public enum ProtectedPage {
  STORY("/app/story.xhtml", "id", "open.story", "open.story.new"),
  HISTORY("/app/history.xhtml", "id", "open.history", "open.missing"),
  FACTCHECK("/app/factcheck.xhtml", "story", "open.factcheck", "open.missing");

  private final String viewId;
  private final String parameter;
  private final String describedBy;
  private final String withoutStoryKey;

  ProtectedPage(String viewId, String parameter, String describedBy, String withoutStoryKey) {
    this.viewId = viewId;
    this.parameter = parameter;
    this.describedBy = describedBy;
    this.withoutStoryKey = withoutStoryKey;
  }

  public static Optional<ProtectedPage> forView(String viewId) {
    return Arrays.stream(values()).filter(p -> p.viewId.equals(viewId)).findFirst();
  }

  /** The page named in the open page's address ({@link #urlName()}). */
  public static Optional<ProtectedPage> named(String name) {
    return Arrays.stream(values()).filter(p -> p.urlName().equals(name)).findFirst();
  }

  public String urlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String getViewId() {
    return viewId;
  }

  public String getParameter() {
    return parameter;
  }

  /** Key of the sentence naming the page and the story ({0} is the headline). */
  public String getDescribedBy() {
    return describedBy;
  }

  /** Key of the sentence for the page opened without a story (a new story, or nothing to show). */
  public String getWithoutStoryKey() {
    return withoutStoryKey;
  }
}
