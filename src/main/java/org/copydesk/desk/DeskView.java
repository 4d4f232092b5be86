package org.copydesk.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.copydesk.story.StoryState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The desk page: a state filter and a lazily paged table over {@link DeskService}. */
@Named
@ViewScoped
public class DeskView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private DeskService desk;

  @Inject
  private org.copydesk.credit.WireRegistry registry;

  private StoryState state;
  private DeskQuery.View view = DeskQuery.View.ALL;
  private String reporter;
  private Long wireServiceId;
  private java.time.LocalDate changedFrom;
  private java.time.LocalDate changedTo;
  private String text;
  private List<org.copydesk.credit.WireService> wires;

  /** Request attribute: the counts per state read in this request, shared by the tabs and the paginator. */
  private static final String COUNTED = DeskView.class.getName() + ".counts";

  private DeskQuery query() {
    return new DeskQuery(view, state, reporter, wireServiceId, changedFrom, changedTo, text);
  }

  /** Called when a filter changes: counts read earlier in this request are for the old filters. */
  public void filtersChanged() {
    jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().remove(COUNTED);
  }

  /**
   * Stories per state under the present filters, read once per request: the tabs show them, and
   * on the same render the paginator's total is one of them (or their sum) instead of a count
   * query of its own.
   */
  public Map<StoryState, Long> getCounts() {
    Map<StoryState, Long> counts = countedThisRequest();
    if (counts == null) {
      counts = desk.countsByState(query());
      jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().put(COUNTED, counts);
    }
    return counts;
  }

  @SuppressWarnings("unchecked")
  private Map<StoryState, Long> countedThisRequest() {
    return (Map<StoryState, Long>) jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().get(COUNTED);
  }

  public List<org.copydesk.credit.WireService> getWires() {
    if (wires == null) {
      wires = registry.all();
    }
    return wires;
  }

  public DeskQuery.View[] getViews() {
    return DeskQuery.View.values();
  }

  private final LazyDataModel<StoryRow> stories =
      new KeyedPages<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          // A page turn renders no tabs and so has no counts: the filtered stories' total alone,
          // from the kept counts where they apply (DeskService.count).
          Map<StoryState, Long> counted = countedThisRequest();
          return (int) Math.min(Integer.MAX_VALUE, counted != null ? DeskService.total(counted, state) : desk.count(query()));
        }

        @Override
        public List<StoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          List<StoryRow> rows = desk.page(query(), first, pageSize);
          jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
          for (StoryRow row : rows) {
            row.links(link(faces, "/app/story.xhtml", "id", row.getId()),
                row.getState() == StoryState.FACT_CHECK ? link(faces, "/app/factcheck.xhtml", "story", row.getId()) : null);
          }
          return rows;
        }

        @Override
        String key(StoryRow row) {
          return Long.toString(row.getId());
        }
      };

  /** {@link #link(jakarta.faces.context.FacesContext, String, Map)} with one parameter. */
  static String link(jakarta.faces.context.FacesContext faces, String viewId, String name, long value) {
    return link(faces, viewId, Map.of(name, List.of(Long.toString(value))));
  }

  /**
   * The address of a view, as an {@code h:link} would render it (the view handler adds the
   * session's token for the protected views), without resolving an outcome.
   */
  static String link(jakarta.faces.context.FacesContext faces, String viewId, Map<String, List<String>> parameters) {
    return faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, parameters, false);
  }

  /** The editor of a new story (a protected view: the address carries the session's token). */
  public String getNewStoryLink() {
    return link(jakarta.faces.context.FacesContext.getCurrentInstance(), "/app/story.xhtml", Map.of());
  }

  public LazyDataModel<StoryRow> getStories() {
    return stories;
  }

  public StoryState[] getStates() {
    return StoryState.values();
  }

  public StoryState getState() {
    return state;
  }

  public void setState(StoryState state) {
    this.state = state;
  }

  public DeskQuery.View getView() {
    return view;
  }

  public void setView(DeskQuery.View view) {
    this.view = view == null ? DeskQuery.View.ALL : view;
  }

  public String getReporter() {
    return reporter;
  }

  public void setReporter(String reporter) {
    this.reporter = reporter;
  }

  public Long getWireServiceId() {
    return wireServiceId;
  }

  public void setWireServiceId(Long wireServiceId) {
    this.wireServiceId = wireServiceId;
  }

  public java.time.LocalDate getChangedFrom() {
    return changedFrom;
  }

  public void setChangedFrom(java.time.LocalDate changedFrom) {
    this.changedFrom = changedFrom;
  }

  public java.time.LocalDate getChangedTo() {
    return changedTo;
  }

  public void setChangedTo(java.time.LocalDate changedTo) {
    this.changedTo = changedTo;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
