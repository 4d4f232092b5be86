package org.copydesk.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    // The search index needs the words of what is new to the story only: its stored paragraphs
    // and headlines were indexed when they were stored.
    Set<String> terms = new LinkedHashSet<>();
    if (current == null || !current.getHeadline().equals(clean.headline())) {
      terms.addAll(SearchTerms.of(clean.headline()));
      if (current != null) {
        terms.removeAll(SearchTerms.of(current.getHeadline()));
      }
    }
    Set<Long> replaced = new HashSet<>();
    int newParagraphs = 0;
    for (int i = 0; i < hashes.size(); i++) {
      String hash = hashes.get(i);
      if (!ids.containsKey(hash)) {
        String block = byHash.get(hash);
        Paragraph paragraph = new Paragraph(story.getId(), hash, block);
        em.persist(paragraph);
        ids.put(hash, paragraph.getId());
        terms.addAll(SearchTerms.ofBlock(block));
        newParagraphs++;
        replaced.addAll(replacedBy(current, i, hashes.size()));
      }
    }
    if (newParagraphs <= LOOKUPS_ONE_BY_ONE) {
      // An edit's new paragraph is mostly the words of the one it replaces, which are indexed
      // already: without them a save asks the index for a word or two instead of fifty.
      terms.removeAll(termsOf(replaced));
    }
    index(story.getId(), terms, current != null);
    List<Long> paragraphIds = hashes.stream().map(ids::get).toList();
    if (current != null && current.hasSameContent(clean, paragraphIds)) {
      return null;
    }
    replaceCurrentParagraphs(story.getId(), current == null ? List.of() : current.getParagraphIds(), paragraphIds);
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
   * The paragraphs of the current revision that the new block at {@code position} most likely
   * replaces: the one at the same position, and the one as far from the end (when blocks were
   * added or removed above it). Any stored paragraph of the story would do for what they are used
   * for: their words are in the search index already.
   */
  private static List<Long> replacedBy(Revision current, int position, int newSize) {
    if (current == null) {
      return List.of();
    }
    List<Long> old = current.getParagraphIds();
    List<Long> candidates = new ArrayList<>(2);
    if (position < old.size()) {
      candidates.add(old.get(position));
    }
    int fromEnd = position + old.size() - newSize;
    if (fromEnd >= 0 && fromEnd < old.size() && fromEnd != position) {
      candidates.add(old.get(fromEnd));
    }
    return candidates;
  }

  /** The search terms of stored paragraphs, read from EclipseLink's shared cache where it has them. */
  private Set<String> termsOf(Set<Long> paragraphIds) {
    Set<String> terms = new HashSet<>();
    for (Long id : paragraphIds) {
      Paragraph paragraph = em.find(Paragraph.class, id, Map.of(ProviderHints.READ_ONLY, "true"));
      if (paragraph != null) {
        terms.addAll(SearchTerms.ofBlock(paragraph.getContent()));
      }
    }
    return terms;
  }

  /** A term for a story that has none yet (a new story: nobody else sees it before the commit). */
  static final String INSERT_TERM = "INSERT INTO story_term (term, story_id) VALUES (?, ?)";

  /** A term the story may have already: one look in the primary key, and a row only if it lacks it. */
  static final String INSERT_TERM_IF_ABSENT = "INSERT INTO story_term (term, story_id) SELECT ?, ?"
      + " WHERE NOT EXISTS (SELECT 1 FROM story_term WHERE story_id = ? AND term = ?)";

  /**
   * Adds to the story's search index the terms it lacks. No other transaction adds terms to the
   * story meanwhile: a save holds the story row's lock, and a new story is not yet visible to anyone
   * else.
   *
   * <p>One JDBC batch on the transaction's own connection, a statement per term of what is new (a
   * paragraph's fifty words, say), each of which looks up its term in the primary key. Session 21
   * read all the story's terms instead (a thousand for a 3,000-word story, and more with every save
   * that brings a new number) through JPA and wrote the missing ones as entities: 9.8% of a save in
   * the benchmark's profile, and twice the time of a new wire story's ingest. Asked {@code term in
   * (...)}, H2 compared every term of the story with every word.
   */
  private void index(long storyId, Set<String> terms, boolean storyHasTerms) {
    if (terms.isEmpty()) {
      return;
    }
    Connection db = em.unwrap(Connection.class);
    try (PreparedStatement insert = db.prepareStatement(storyHasTerms ? INSERT_TERM_IF_ABSENT : INSERT_TERM)) {
      for (String term : terms) {
        insert.setString(1, term);
        insert.setLong(2, storyId);
        if (storyHasTerms) {
          insert.setLong(3, storyId);
          insert.setString(4, term);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("The search index of story " + storyId + " could not be written", e);
    }
  }

  static final String INSERT_CURRENT_PARAGRAPH = "INSERT INTO current_paragraph (story_id, paragraph_id) VALUES (?, ?)";

  /** As {@link #INSERT_CURRENT_PARAGRAPH}, but a row already there (left by an earlier version's save, say) is kept, not a failed save. */
  static final String INSERT_CURRENT_PARAGRAPH_IF_ABSENT = "INSERT INTO current_paragraph (story_id, paragraph_id) SELECT ?, ?"
      + " WHERE NOT EXISTS (SELECT 1 FROM current_paragraph WHERE story_id = ? AND paragraph_id = ?)";

  static final String DELETE_CURRENT_PARAGRAPH = "DELETE FROM current_paragraph WHERE story_id = ? AND paragraph_id = ?";

  /**
   * Makes {@code current_paragraph} (V22), what the desk's body search reads, list the new
   * revision's paragraphs: deletes the rows of those it no longer has and inserts the ones it
   * adds, a row or two for an edit. In SQL on the transaction's connection, as the index's terms:
   * the story row is locked (or the story is new), so no other save changes these rows meanwhile.
   */
  private void replaceCurrentParagraphs(long storyId, List<Long> before, List<Long> after) {
    Set<Long> gone = new LinkedHashSet<>(before);
    gone.removeAll(new HashSet<>(after));
    Set<Long> added = new LinkedHashSet<>(after);
    added.removeAll(new HashSet<>(before));
    if (gone.isEmpty() && added.isEmpty()) {
      return;
    }
    Connection db = em.unwrap(Connection.class);
    try {
      batch(db, DELETE_CURRENT_PARAGRAPH, storyId, gone, false);
      batch(db, INSERT_CURRENT_PARAGRAPH_IF_ABSENT, storyId, added, true);
    } catch (SQLException e) {
      throw new PersistenceException("The current paragraphs of story " + storyId + " could not be written", e);
    }
  }

  /** @param keyTwice the statement names the story and the paragraph again (its "if absent" look-up) */
  private static void batch(Connection db, String sql, long storyId, Set<Long> paragraphIds, boolean keyTwice) throws SQLException {
    if (paragraphIds.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (Long paragraphId : paragraphIds) {
        statement.setLong(1, storyId);
        statement.setLong(2, paragraphId);
        if (keyTwice) {
          statement.setLong(3, storyId);
          statement.setLong(4, paragraphId);
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
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
