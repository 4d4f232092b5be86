package org.copydesk.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.FacesMessages;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryView;

/**
 * The open page: a protected view asked for without the session's token lands here. It names the
 * page and the story (only one the caller may see) and offers the app's own link to it, which
 * carries the token. Reading the story changes nothing.
 */
@Named
@RequestScoped
public class OpenView {

  @Inject
  private StoryReader reader;

  private String page;
  private String id;
  private ProtectedPage target;
  private StoryView story;
  private boolean openable;

  /** The page's view action. */
  public void load() {
    target = ProtectedPage.named(page).orElse(null);
    if (target == null) {
      FacesMessages.error("open.unknown");
      return;
    }
    if (id == null || id.isBlank()) {
      // Only the editor has a meaning without a story: a new one.
      openable = target == ProtectedPage.STORY;
      if (!openable) {
        FacesMessages.error(target.getWithoutStoryKey());
      }
      return;
    }
    if (!id.matches("\\d{1,18}")) {
      FacesMessages.error("story.notFound", id);
      return;
    }
    try {
      story = reader.story(Long.parseLong(id));
      openable = true;
    } catch (BusinessException refused) {
      FacesMessages.error(refused);
    }
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ProtectedPage getTarget() {
    return target;
  }

  public StoryView getStory() {
    return story;
  }

  public boolean isOpenable() {
    return openable;
  }
}
