package org.copydesk.publish;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages by slug. An entry is used only while its ETag is the story's current one,
 * which every request checks with one small query, so several instances behind one address never
 * serve a stale page: a correction or a kill changes the ETag everywhere at once.
 */
@ApplicationScoped
public class PageCache {

  private static final int MAX_PAGES = 5_000;

  public record Page(String etag, Instant lastModified, byte[] body) {}

  private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();

  public Page get(String slug, String etag) {
    Page page = pages.get(slug);
    return page != null && page.etag().equals(etag) ? page : null;
  }

  public void put(String slug, Page page) {
    if (pages.size() >= MAX_PAGES) {
      // Crude but bounded: the working set of a news site is its newest few hundred stories,
      // which refill the cache within seconds.
      pages.clear();
    }
    pages.put(slug, page);
  }
}
