package org.copydesk.desk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.FacesMessages;
import org.copydesk.platform.Messages;
import org.copydesk.story.RevisionComparison;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.RevisionView;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryView;
import org.copydesk.workflow.StoryWorkflow;

/** A story's revisions, any two compared word by word, and restoring an old one as a new revision. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private StoryReader reader;

  @Inject
  private StoryWorkflow workflow;

  private Long storyId;
  private StoryView story;
  private List<RevisionView> revisions = List.of();
  private Integer from;
  private Integer to;
  private RevisionComparison comparison;

  public void load() {
    if (storyId == null) {
      FacesMessages.error("factcheck.storyRequired");
      return;
    }
    try {
      story = reader.story(storyId);
      // Newest first: the revisions people look for are the recent ones.
      List<RevisionView> newestFirst = new java.util.ArrayList<>(reader.history(storyId));
      java.util.Collections.reverse(newestFirst);
      revisions = newestFirst;
      if (to == null) {
        to = story.currentRevision();
        from = Math.max(1, to - 1);
      }
    } catch (BusinessException e) {
      story = null;
      FacesMessages.error(e);
    }
  }

  public void compare() {
    if (from == null || to == null) {
      FacesMessages.error("history.pickTwo");
      return;
    }
    try {
      comparison = reader.compare(storyId, from, to);
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  /** An editor's shortcut: what changed since the revision they approved. */
  public void sinceApproved() {
    if (story.approvedRevision() != null) {
      from = story.approvedRevision();
      to = story.currentRevision();
      compare();
    }
  }

  public void restore(int number) {
    try {
      RevisionView old = reader.revision(storyId, number);
      FacesContext faces = FacesContext.getCurrentInstance();
      String note = Messages.text(faces.getViewRoot().getLocale(), "history.restoreNote", number);
      workflow.save(storyId, story.currentRevision(), new RevisionDraft(old.headline(), old.standfirst(), old.body(), old.contributors(),
          old.distributorId(), old.bylineRaw(), old.photoRef(), old.photoCaption(), old.photoCredit(), note));
      FacesMessages.info("history.restored");
      to = null;
      load();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }


  public Long getStoryId() {
    return storyId;
  }

  public void setStoryId(Long storyId) {
    this.storyId = storyId;
  }

  public StoryView getStory() {
    return story;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public RevisionComparison getComparison() {
    return comparison;
  }
}
