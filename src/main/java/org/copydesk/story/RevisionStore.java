package org.copydesk.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.platform.ProviderHints;
import org.copydesk.platform.Sha256;
import org.copydesk.security.Actor;

/**
 * Writes and reads revisions as lists of content-addressed paragraphs. A paragraph already stored
 * for the story (same SHA-256) is referred to, not stored again, so a one-paragraph change of a
 * 3,000-word story costs one paragraph plus a list of ids. Writing requires the caller's
 * transaction, in which the story row is locked.
 */
@ApplicationScoped
public class RevisionStore {

  /**
   * Up to this many hashes the current revision lacks are looked up one by one in the unique index;
   * more (a pasted or replaced body) in one query, sparing PostgreSQL a round trip per block.
   */
  static final int LOOKUPS_ONE_BY_ONE = 8;

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  /**
   * Stores the next revision of a locked story.
   *
   * @return the new revision, or {@code null} when the content equals the current revision's
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Revision append(Story story, Integer baseNumber, CleanDraft cleanDraft, Actor author, OffsetDateTime now) {
    RevisionDraft clean = cleanDraft.draft();
    List<String> blocks = cleanDraft.blocks();
    Map<String, String> byHash = new LinkedHashMap<>();
    List<String> hashes = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      String hash = Sha256.hex(block);
      hashes.add(hash);
      byHash.putIfAbsent(hash, block);
    }
    Revision current = story.getCurrentRevision();
    Map<String, Long> ids = storedParagraphs(story.getId(), current, byHash.keySet());
    // The search index needs the words of what is new to the story only: its older paragraphs
    // and headlines were indexed when they were stored.
    Set<String> terms = new LinkedHashSet<>();
    if (current == null || !current.getHeadline().equals(clean.headline())) {
      terms.addAll(SearchTerms.of(clean.headline()));
    }
    for (Map.Entry<String, String> e : byHash.entrySet()) {
      if (!ids.containsKey(e.getKey())) {
        Paragraph paragraph = new Paragraph(story.getId(), e.getKey(), e.getValue());
        em.persist(paragraph);
        ids.put(e.getKey(), paragraph.getId());
        terms.addAll(SearchTerms.ofBlock(e.getValue()));
      }
    }
    index(story.getId(), terms, current != null);
    List<Long> paragraphIds = hashes.stream().map(ids::get).toList();
    if (current != null && current.hasSameContent(clean, paragraphIds)) {
      return null;
    }
    int number = current == null ? 1 : current.getNumber() + 1;
    Revision revision =
        new Revision(
            story,
            number,
            baseNumber,
            clean,
            paragraphIds,
            clean.body().length(),
            BodyPolicy.wordCount(clean.body()),
            author,
            now);
    em.persist(revision);
    return revision;
  }

  /**
   * Adds to the story's search terms those it does not have yet. No other transaction adds terms
   * to the story meanwhile: a save holds the story row's lock, and a new story is not yet visible
   * to anyone else. A new paragraph usually brings words the story already has; only the rest are
   * written.
   */
  private void index(long storyId, Set<String> terms, boolean storyHasTerms) {
    if (terms.isEmpty()) {
      return;
    }
    Set<String> missing = new LinkedHashSet<>(terms);
    if (storyHasTerms) {
      // The story's terms (a thousand for a 3,000-word story) as one range of the primary key,
      // compared here. Asked "term in (the new words)", H2 compared each of the story's terms with
      // every word (a quarter of a save in the benchmark's profile, session 21); asked one word at
      // a time, or after taking out the words of the body's stored paragraphs, the save cost more.
      missing.removeAll(em.createQuery("select t.term from StoryTerm t where t.storyId = :story", String.class)
          .setParameter("story", storyId)
          .getResultList());
    }
    missing.forEach(term -> em.persist(new StoryTerm(term, storyId)));
  }

  /**
   * The ids of the paragraphs the story already has with these hashes. The current revision's own
   * paragraphs are read by id, and only the hashes it lacks (a save usually changes one block of
   * fifty) are looked up in the story's unique (story, hash) index. One query with {@code hash in
   * (...)} for all of them was answered by H2 by reading every paragraph the story ever had (533
   * rows for 533 paragraphs in the benchmark's saves), so each save cost more than the one before;
   * that query is kept for many missing hashes, where the body is largely new anyway.
   */
  private Map<String, Long> storedParagraphs(long storyId, Revision current, Set<String> hashes) {
    Map<String, Long> ids = new HashMap<>();
    if (current == null) {
      // Paragraphs are stored only here, with a revision: a story without one has none.
      return ids;
    }
    List<Long> currentIds = List.copyOf(new HashSet<>(current.getParagraphIds()));
    if (!currentIds.isEmpty()) {
      em.createQuery("select p.hash, p.id from Paragraph p where p.id in :ids", Object[].class)
          .setParameter("ids", currentIds)
          .getResultList()
          .stream()
          .filter(row -> hashes.contains((String) row[0]))
          .forEach(row -> ids.put((String) row[0], (Long) row[1]));
    }
    // An earlier revision's text brought back (an undo) keeps its paragraph.
    List<String> missing = hashes.stream().filter(h -> !ids.containsKey(h)).toList();
    if (missing.size() > LOOKUPS_ONE_BY_ONE) {
      em.createQuery("select p.hash, p.id from Paragraph p where p.storyId = :story and p.hash in :hashes", Object[].class)
          .setParameter("story", storyId)
          .setParameter("hashes", missing)
          .getResultList()
          .forEach(row -> ids.put((String) row[0], (Long) row[1]));
      return ids;
    }
    for (String hash : missing) {
      em.createQuery("select p.id from Paragraph p where p.storyId = :story and p.hash = :hash", Long.class)
          .setParameter("story", storyId)
          .setParameter("hash", hash)
          .getResultStream()
          .findFirst()
          .ifPresent(id -> ids.put(hash, id));
    }
    return ids;
  }

  /** The body of one revision, reading only that revision's paragraphs. */
  public String body(Revision revision) {
    List<Long> order = revision.getParagraphIds();
    if (order.isEmpty()) {
      return "";
    }
    // Paragraphs never change once stored: read-only, EclipseLink hands out its shared cache's
    // instances instead of copying each of a 3,000-word body's fifty paragraphs into the
    // transaction, with a second copy to compare at commit (bench JFR: 6% of the editor's open).
    Map<Long, String> text =
        em.createQuery("select p from Paragraph p where p.id in :ids", Paragraph.class)
            .setHint(ProviderHints.READ_ONLY, "true")
            .setParameter("ids", List.copyOf(new HashSet<>(order)))
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Paragraph::getId, Paragraph::getContent, (a, b) -> a));
    return order.stream().map(id -> paragraph(text, id, revision)).collect(Collectors.joining("\n"));
  }

  private static String paragraph(Map<Long, String> text, Long id, Revision revision) {
    String content = text.get(id);
    if (content == null) {
      // Never expected: a revision's paragraphs are stored with it. Say so rather than show "null".
      throw new IllegalStateException("paragraph " + id + " of revision " + revision.getNumber() + " is missing");
    }
    return content;
  }

  public Revision revision(long storyId, int number) {
    return em.createQuery("select r from Revision r where r.story.id = :story and r.number = :number", Revision.class)
        .setParameter("story", storyId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Revision metadata, newest first, {@code max} of them from the {@code first} newest on; no bodies are read. */
  public List<Revision> history(long storyId, int first, int max) {
    return em.createQuery("select r from Revision r where r.story.id = :story order by r.number desc", Revision.class)
        .setParameter("story", storyId)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }

}
