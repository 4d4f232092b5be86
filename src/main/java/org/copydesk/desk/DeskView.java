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

  private StoryState state;

  private final LazyDataModel<StoryRow> stories =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, desk.count(new DeskQuery(state)));
        }

        @Override
        public List<StoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return desk.page(new DeskQuery(state), first, pageSize);
        }

        @Override
        public String getRowKey(StoryRow row) {
          return Long.toString(row.getId());
        }

        @Override
        public StoryRow getRowData(String rowKey) {
          return getWrappedData() == null
              ? null
              : getWrappedData().stream().filter(r -> Long.toString(r.getId()).equals(rowKey)).findFirst().orElse(null);
        }
      };

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
}
