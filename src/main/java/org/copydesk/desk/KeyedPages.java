package org.copydesk.desk;

import org.primefaces.model.LazyDataModel;

/**
 * A lazily paged table whose rows are found again by a key of their own (a story's id, a
 * revision's number): PrimeFaces needs both directions, and the desk and the history page would
 * otherwise each spell them out.
 */
abstract class KeyedPages<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The row's key, unique within the table. */
  abstract String key(T row);

  @Override
  public String getRowKey(T row) {
    return key(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream().filter(r -> key(r).equals(rowKey)).findFirst().orElse(null);
  }
}
