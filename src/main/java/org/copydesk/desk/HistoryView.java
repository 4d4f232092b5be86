package org.copydesk.desk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.FacesMessages;
import org.copydesk.platform.Messages;
import org.copydesk.story.RevisionComparison;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.RevisionView;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryView;
import org.copydesk.workflow.StoryWorkflow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
  /**
   * Newest first, the revisions people look for being the recent ones, and read a page at a time.
   * Revision numbers run from 1 to the current one without gaps (the ledger refuses any other), so
   * the current number is the count.
   */
  private final LazyDataModel<RevisionView> revisions =
      new KeyedPages<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return story == null ? 0 : story.currentRevision();
        }

        @Override
        public List<RevisionView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return story == null ? List.of() : reader.history(storyId, first, pageSize);
        }

        @Override
        String key(RevisionView row) {
          return Integer.toString(row.number());
        }
      };
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

  public LazyDataModel<RevisionView> getRevisions() {
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
