package org.copydesk.story;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.copydesk.platform.NotFoundException;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;

/** Reads stories and revisions for signed-in users, showing each only what they may see. */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
public class StoryReader {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext session;

  @Inject
  private RevisionStore revisions;

  public StoryView story(long storyId) {
    return StoryView.of(visible(storyId));
  }

  public RevisionView revision(long storyId, int number) {
    visible(storyId);
    Revision r = existing(storyId, number);
    return RevisionView.of(r, revisions.body(r));
  }

  public RevisionView current(long storyId) {
    Story story = visible(storyId);
    Revision r = story.getCurrentRevision();
    return RevisionView.of(r, revisions.body(r));
  }

  /** The most revisions one page of the history holds. */
  public static final int HISTORY_PAGE_MAX = 200;

  /**
   * A page of the revisions, newest first, without bodies: the history page and the API read one
   * page whether the story has 10 revisions or 1,000 (they read them all before).
   */
  public List<RevisionView> history(long storyId, int first, int size) {
    visible(storyId);
    return revisions.history(storyId, first, Math.min(size, HISTORY_PAGE_MAX)).stream().map(RevisionView::summary).toList();
  }

  /** The transitions the caller could make on the story now (see {@link Transition#isOpenTo}). */
  public java.util.Set<Transition> openTransitions(long storyId) {
    return open(visible(storyId), Actors.of(session));
  }

  /** Whether the caller may save a new revision of the story now. */
  public boolean canEdit(long storyId) {
    return visible(storyId).editRefusal(Actors.of(session)) == null;
  }

  /**
   * Everything the editor page needs from the story in one read of its row: the page used to ask
   * four times (story, transitions, editability, current revision), each a query of its own.
   */
  public EditorState editor(long storyId, boolean withCurrentRevision) {
    Story story = visible(storyId);
    Actor actor = Actors.of(session);
    RevisionView current = null;
    if (withCurrentRevision) {
      Revision r = story.getCurrentRevision();
      current = RevisionView.of(r, revisions.body(r));
    }
    return new EditorState(StoryView.of(story), open(story, actor), story.editRefusal(actor) == null, current);
  }

  private static java.util.Set<Transition> open(Story story, Actor actor) {
    java.util.Set<Transition> open = java.util.EnumSet.noneOf(Transition.class);
    for (Transition t : Transition.values()) {
      if (t.isOpenTo(story, actor)) {
        open.add(t);
      }
    }
    return open;
  }

  /** Revisions {@code from} and {@code to} compared word by word. */
  public RevisionComparison compare(long storyId, int from, int to) {
    visible(storyId);
    Revision a = existing(storyId, from);
    Revision b = existing(storyId, to);
    return RevisionComparison.of(a, revisions.body(a), b, revisions.body(b));
  }

  private Revision existing(long storyId, int number) {
    Revision r = revisions.revision(storyId, number);
    if (r == null) {
      throw new NotFoundException("revision.notFound", storyId, number);
    }
    return r;
  }

  private Story visible(long storyId) {
    Actor actor = Actors.of(session);
    return Story.requireVisible(StoryRows.readOnly(em, storyId), storyId, actor);
  }
}
