package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.copydesk.platform.MigratedH2;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;
import org.copydesk.story.SearchTerms;
import org.copydesk.story.StateCounts;
import org.copydesk.story.StoryState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's pages ({@link DeskService#page}) run through EclipseLink against H2 with the schema of
 * the real migrations and 2,000 stories: each page holds the stories a reader of the whole list
 * would see there, in the desk's order, for editors and for a reporter (who sees other reporters'
 * stories only once they leave DRAFT); and H2 answers a state-filtered page by reading about one
 * page of the state's index, not every story in that state.
 */
class DeskPageQueryTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 6, 0, 0, 0, ZoneOffset.UTC);
  private static final List<String> REPORTERS = List.of("rita", "ravi", "rosa");

  private record Seeded(long id, StoryState state, String reporter, OffsetDateTime updatedAt, String headline) {}

  private MigratedH2 h2;
  private DeskService desk;
  private final List<Seeded> stories = new ArrayList<>();

  @BeforeEach
  void twoThousandStories() throws Exception {
    h2 = new MigratedH2("deskpage");
    Connection db = h2.connection();
    try (Statement s = db.createStatement()) {
      // Stories and their current revisions point at each other; the order of inserts is not the point.
      s.execute("SET REFERENTIAL_INTEGRITY FALSE");
    }
    StoryState[] states = StoryState.values();
    try (PreparedStatement story = db.prepareStatement(
            "INSERT INTO story (id, slug, state, reporter, current_revision_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
        PreparedStatement revision = db.prepareStatement(
            "INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count, paragraph_ids)"
                + " VALUES (?, ?, 1, ?, ?, ?, 10, 2, '')")) {
      for (long id = 1; id <= 2000; id++) {
        // Several stories share each moment, so the id decides between them.
        OffsetDateTime updated = T0.minusMinutes((id * 7919) % 600);
        Seeded s = new Seeded(id, states[(int) (id % states.length)], REPORTERS.get((int) (id % 3)), updated, "Story " + id);
        stories.add(s);
        story.setLong(1, id);
        story.setString(2, "story-" + id);
        story.setString(3, s.state().name());
        story.setString(4, s.reporter());
        story.setLong(5, 10_000 + id);
        story.setObject(6, T0.minusDays(1));
        story.setObject(7, updated);
        story.addBatch();
        revision.setLong(1, 10_000 + id);
        revision.setLong(2, id);
        revision.setString(3, s.headline());
        revision.setString(4, s.reporter());
        revision.setObject(5, updated);
        revision.addBatch();
      }
      story.executeBatch();
      revision.executeBatch();
    }
    for (Seeded s : stories) {
      index(db, s.id(), SearchTerms.of(s.headline()));
    }
    try (Statement s = db.createStatement()) {
      // Loaded around the application, so counted as V16 and V17 count the stories they find.
      s.execute("UPDATE story_state_count c SET stories = (SELECT COUNT(*) FROM story s WHERE s.state = c.state)");
      s.execute("INSERT INTO reporter_state_count (reporter, state, stories) SELECT r.reporter, c.state, COALESCE(g.stories, 0)"
          + " FROM (SELECT DISTINCT reporter FROM story) r CROSS JOIN story_state_count c"
          + " LEFT JOIN (SELECT reporter, state, COUNT(*) AS stories FROM story GROUP BY reporter, state) g"
          + " ON g.reporter = r.reporter AND g.state = c.state");
    }
    h2.analyze();
    desk = h2.inject(new DeskService());
    Field counts = DeskService.class.getDeclaredField("stateCounts");
    counts.setAccessible(true);
    counts.set(desk, h2.inject(new StateCounts()));
  }

  /** The search index's rows for text loaded around the application, as RevisionStore writes them. */
  private static void index(Connection db, long storyId, java.util.Set<String> terms) throws SQLException {
    try (PreparedStatement term = db.prepareStatement("MERGE INTO story_term (term, story_id) KEY (term, story_id) VALUES (?, ?)")) {
      for (String t : terms) {
        term.setString(1, t);
        term.setLong(2, storyId);
        term.addBatch();
      }
      term.executeBatch();
    }
  }

  /** What RevisionStore keeps of a story's current revision: its list of paragraph ids, and a row each. */
  private void current(long storyId, long... paragraphIds) throws SQLException {
    Connection db = h2.connection();
    try (PreparedStatement revision = db.prepareStatement("UPDATE revision SET paragraph_ids = ? WHERE story_id = ?");
        PreparedStatement row = db.prepareStatement("INSERT INTO current_paragraph (story_id, paragraph_id) VALUES (?, ?)")) {
      revision.setString(1, java.util.Arrays.stream(paragraphIds).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(",")));
      revision.setLong(2, storyId);
      revision.executeUpdate();
      for (long paragraphId : paragraphIds) {
        row.setLong(1, storyId);
        row.setLong(2, paragraphId);
        row.addBatch();
      }
      row.executeBatch();
    }
  }

  @AfterEach
  void drop() throws SQLException {
    h2.close();
  }

  private static final Actor EDITOR = Actor.of("eddie", Role.EDITOR);
  private static final Actor REPORTER = Actor.of("rita", Role.REPORTER);

  /** The ids a reader of the whole filtered list would find at {@code first}, in the desk's order. */
  private List<Long> expected(Predicate<Seeded> shown, int first, int size) {
    return stories.stream()
        .filter(shown)
        .sorted(Comparator.comparing(Seeded::updatedAt).reversed().thenComparing(Comparator.comparingLong(Seeded::id).reversed()))
        .skip(first)
        .limit(size)
        .map(Seeded::id)
        .toList();
  }

  private List<Long> page(Actor actor, DeskQuery query, int first, int size) {
    return desk.page(actor, query, first, size).stream().map(StoryRow::getId).toList();
  }

  @Test
  void everyPageOfTheWholeDeskInOrder() {
    for (int first : new int[] {0, 25, 1000, 1975, 1990}) {
      assertThat(page(EDITOR, DeskQuery.ALL, first, 25)).as("page at %d", first).isEqualTo(expected(s -> true, first, 25));
    }
    assertThat(page(EDITOR, DeskQuery.ALL, 2000, 25)).as("past the last story").isEmpty();
  }

  @Test
  void theLinesCarryTheirStorysCurrentRevision() {
    StoryRow row = desk.page(EDITOR, new DeskQuery(StoryState.READY), 0, 1).get(0);
    Seeded seeded = stories.get((int) row.getId() - 1);
    assertThat(row.getHeadline()).isEqualTo(seeded.headline());
    assertThat(row.getState()).isEqualTo(StoryState.READY);
    assertThat(row.getReporter()).isEqualTo(seeded.reporter());
  }

  @Test
  void aStateFilteredPageHoldsThatStatesStoriesInOrder() {
    for (StoryState state : new StoryState[] {StoryState.DRAFT, StoryState.EDITING, StoryState.KILLED}) {
      for (int first : new int[] {0, 50, 240}) {
        assertThat(page(EDITOR, new DeskQuery(state), first, 25))
            .as("%s at %d", state, first)
            .isEqualTo(expected(s -> s.state() == state, first, 25));
      }
    }
  }

  @Test
  void aReporterSeesOthersStoriesOnlyOnceTheyLeaveDraft() {
    Predicate<Seeded> visible = s -> s.state() != StoryState.DRAFT || s.reporter().equals("rita");
    for (int first : new int[] {0, 100, 1700}) {
      assertThat(page(REPORTER, DeskQuery.ALL, first, 50)).as("page at %d", first).isEqualTo(expected(visible, first, 50));
    }
    assertThat(page(REPORTER, new DeskQuery(StoryState.DRAFT), 0, 200))
        .as("the drafts a reporter sees are her own")
        .isEqualTo(expected(s -> s.state() == StoryState.DRAFT && s.reporter().equals("rita"), 0, 200));
  }

  @Test
  void filtersByReporterAndByHeadline() {
    DeskQuery ravi = new DeskQuery(DeskQuery.View.ALL, null, "ravi", null, null, null, null);
    assertThat(page(EDITOR, ravi, 30, 25)).isEqualTo(expected(s -> s.reporter().equals("ravi"), 30, 25));
    DeskQuery headline = new DeskQuery(DeskQuery.View.ALL, StoryState.SPIKED, null, null, null, null, "story 1");
    assertThat(page(EDITOR, headline, 0, 200))
        .isEqualTo(expected(s -> s.state() == StoryState.SPIKED && s.headline().toLowerCase().contains("story 1"), 0, 200));
  }

  @Test
  void theIdsOfAPageAreReadFromTheStoryTableAlone() throws SQLException {
    List<String> sql = h2.statementsOn("story", () -> desk.page(EDITOR, DeskQuery.ALL, 1975, 25));
    assertThat(sql).as("the statements EclipseLink sent").hasSize(2);
    String ids = sql.stream().filter(s -> s.toUpperCase().contains("ORDER BY")).findFirst().orElseThrow();
    assertThat(ids.toUpperCase()).doesNotContain("REVISION");
  }

  @Test
  void aStateFilteredPageReadsOnePageOfTheStatesIndex() throws SQLException {
    List<String> sql = h2.statementsOn("story", () -> desk.page(EDITOR, new DeskQuery(StoryState.EDITING), 0, 25));
    String ids = sql.stream().filter(s -> s.toUpperCase().contains("ORDER BY")).findFirst().orElseThrow();
    // H2's statistics give the statement with its values in place.
    String plan = h2.plan(ids);
    assertThat(plan).contains("IX_STORY_STATE_UPDATED_ID").contains("index sorted");
    // 250 stories are EDITING; reading the index in order stops after the page.
    assertThat(plan).containsPattern("scanCount: (2[5-9]|3[0-9]) ");
  }

  @Test
  void mineAndAReportersWaitingDraftsAreHerOwnInOrder() {
    DeskQuery mine = new DeskQuery(DeskQuery.View.MINE, null, null, null, null, null, null);
    assertThat(page(EDITOR, mine, 0, 50)).as("eddie has no stories").isEmpty();
    assertThat(page(REPORTER, mine, 40, 25)).isEqualTo(expected(s -> s.reporter().equals("rita"), 40, 25));
    DeskQuery waiting = new DeskQuery(DeskQuery.View.WAITING, null, null, null, null, null, null);
    assertThat(page(REPORTER, waiting, 0, 200))
        .isEqualTo(expected(s -> s.state() == StoryState.DRAFT && s.reporter().equals("rita"), 0, 200));
  }

  @Test
  void aReporterFilteredPageReadsOnePageOfTheReportersIndex() throws SQLException {
    DeskQuery ravi = new DeskQuery(DeskQuery.View.ALL, null, "ravi", null, null, null, null);
    List<String> sql = h2.statementsOn("story", () -> desk.page(EDITOR, ravi, 0, 25));
    String plan = h2.plan(sql.stream().filter(s -> s.toUpperCase().contains("ORDER BY")).findFirst().orElseThrow());
    assertThat(plan).contains("IX_STORY_REPORTER_UPDATED_ID").contains("index sorted");
    // 667 stories are ravi's.
    assertThat(plan).containsPattern("scanCount: (2[5-9]|3[0-9]) ");
    DeskQuery mine = new DeskQuery(DeskQuery.View.MINE, null, null, null, null, null, null);
    sql = h2.statementsOn("story", () -> desk.page(REPORTER, mine, 0, 25));
    plan = h2.plan(sql.stream().filter(s -> s.toUpperCase().contains("ORDER BY")).findFirst().orElseThrow());
    assertThat(plan).as("mine").contains("IX_STORY_REPORTER_UPDATED_ID").contains("index sorted");
  }

  private long counted(Predicate<Seeded> shown) {
    return stories.stream().filter(shown).count();
  }

  /** A page turn's total (and the API's): the stories the page is taken from, kept or counted. */
  @Test
  void theTotalOfAPageIsTheStoriesItIsTakenFrom() throws SQLException {
    Predicate<Seeded> ritaSees = s -> s.state() != StoryState.DRAFT || s.reporter().equals("rita");
    DeskQuery ravi = new DeskQuery(DeskQuery.View.ALL, null, "ravi", null, null, null, null);
    DeskQuery mine = new DeskQuery(DeskQuery.View.MINE, StoryState.EDITING, null, null, null, null, null);
    DeskQuery waiting = new DeskQuery(DeskQuery.View.WAITING, null, null, null, null, null, null);
    DeskQuery headline = new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "story 1");
    assertThat(desk.count(EDITOR, DeskQuery.ALL)).isEqualTo(counted(s -> true));
    assertThat(desk.count(EDITOR, new DeskQuery(StoryState.READY))).isEqualTo(counted(s -> s.state() == StoryState.READY));
    assertThat(desk.count(REPORTER, DeskQuery.ALL)).as("a reporter's whole desk").isEqualTo(counted(ritaSees));
    assertThat(desk.count(REPORTER, new DeskQuery(StoryState.DRAFT))).as("her drafts")
        .isEqualTo(counted(s -> s.state() == StoryState.DRAFT && s.reporter().equals("rita")));
    assertThat(desk.count(REPORTER, ravi)).as("another's stories, drafts hidden")
        .isEqualTo(counted(s -> s.reporter().equals("ravi") && s.state() != StoryState.DRAFT));
    assertThat(desk.count(REPORTER, mine)).isEqualTo(counted(s -> s.reporter().equals("rita") && s.state() == StoryState.EDITING));
    assertThat(desk.count(REPORTER, waiting)).as("counted: waiting")
        .isEqualTo(counted(s -> s.reporter().equals("rita") && s.state() == StoryState.DRAFT));
    assertThat(desk.count(REPORTER, headline)).as("counted: a headline")
        .isEqualTo(counted(s -> ritaSees.test(s) && s.headline().toLowerCase().contains("story 1")));
    assertThat(h2.statementsOn("from story ", () -> desk.count(REPORTER, DeskQuery.ALL)))
        .as("a reporter's page turn reads the kept counts, not her visible stories").isEmpty();
  }

  /** The desk's tabs: every state's stories the reader may see, under the filters but the state. */
  private Map<StoryState, Long> countedBy(Predicate<Seeded> shown) {
    Map<StoryState, Long> counts = new EnumMap<>(StoryState.class);
    for (StoryState state : StoryState.values()) {
      counts.put(state, stories.stream().filter(shown).filter(s -> s.state() == state).count());
    }
    return counts;
  }

  @Test
  void theTabsCountEveryStateTheReaderSees() throws SQLException {
    assertThat(desk.countsByState(EDITOR, DeskQuery.ALL)).isEqualTo(countedBy(s -> true));
    assertThat(desk.countsByState(EDITOR, new DeskQuery(StoryState.READY))).as("the state filter aside").isEqualTo(countedBy(s -> true));
    assertThat(desk.countsByState(REPORTER, DeskQuery.ALL))
        .as("a reporter's drafts are her own")
        .isEqualTo(countedBy(s -> s.state() != StoryState.DRAFT || s.reporter().equals("rita")));
    DeskQuery ravi = new DeskQuery(DeskQuery.View.ALL, null, "ravi", null, null, null, null);
    assertThat(desk.countsByState(EDITOR, ravi)).as("filtered by reporter").isEqualTo(countedBy(s -> s.reporter().equals("ravi")));
    assertThat(desk.countsByState(REPORTER, ravi))
        .as("another reporter's stories, her drafts hidden")
        .isEqualTo(countedBy(s -> s.reporter().equals("ravi") && s.state() != StoryState.DRAFT));
    DeskQuery rita = new DeskQuery(DeskQuery.View.ALL, null, " rita ", null, null, null, null);
    assertThat(desk.countsByState(REPORTER, rita)).as("her own, drafts and all").isEqualTo(countedBy(s -> s.reporter().equals("rita")));
    DeskQuery mine = new DeskQuery(DeskQuery.View.MINE, null, null, null, null, null, null);
    assertThat(desk.countsByState(REPORTER, mine)).as("mine").isEqualTo(countedBy(s -> s.reporter().equals("rita")));
    Actor raviEditing = Actor.of("ravi", Role.EDITOR, Role.REPORTER);
    assertThat(desk.countsByState(raviEditing, mine)).as("an editor's own").isEqualTo(countedBy(s -> s.reporter().equals("ravi")));
    assertThat(desk.countsByState(Actor.of("rosa", Role.FACT_CHECKER), DeskQuery.ALL))
        .as("a fact-checker's desk: her drafts, no one else's")
        .isEqualTo(countedBy(s -> s.state() != StoryState.DRAFT || s.reporter().equals("rosa")));
    DeskQuery raviToday = new DeskQuery(DeskQuery.View.ALL, null, "ravi", null, T0.toLocalDate(), null, null);
    assertThat(desk.countsByState(EDITOR, raviToday)).as("a reporter and a date: counted")
        .isEqualTo(countedBy(s -> s.reporter().equals("ravi") && !s.updatedAt().isBefore(T0.toLocalDate().atStartOfDay().atOffset(java.time.ZoneOffset.UTC))));
    List<String> sql = h2.statementsOn("story", () -> desk.countsByState(EDITOR, DeskQuery.ALL));
    assertThat(sql).as("the whole desk's counts read the kept counts, not the stories")
        .singleElement().asString().containsIgnoringCase("FROM story_state_count");
    for (var reader : List.of(Map.entry(REPORTER, DeskQuery.ALL), Map.entry(REPORTER, mine), Map.entry(EDITOR, ravi))) {
      assertThat(h2.statementsOn("_state_count", () -> desk.countsByState(reader.getKey(), reader.getValue())))
          .as("kept counts for " + reader.getKey().username() + ", " + reader.getValue())
          .anySatisfy(statement -> assertThat(statement).containsIgnoringCase("FROM reporter_state_count"));
      assertThat(h2.statementsOn("from story ", () -> desk.countsByState(reader.getKey(), reader.getValue())))
          .as("no story counted for " + reader.getKey().username() + ", " + reader.getValue())
          .isEmpty();
    }
  }

  @Test
  void theBodySearchFindsTextOnlyInTheCurrentRevisionsParagraphs() throws SQLException {
    try (Statement s = h2.connection().createStatement()) {
      // Story 5 once said "dredger" (paragraph 5), but its current revision lists only paragraph 55:
      // "55" must not count as containing paragraph 5. Story 15's current revision has it.
      s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES"
          + " (5, 5, 'h5', '<p>The dredger sails at noon.</p>'), (55, 5, 'h55', '<p>Calm water.</p>'),"
          + " (15, 15, 'h15', '<p>The DREDGER returns.</p>'), (16, 15, 'h16', '<p>Tide tables.</p>')");
    }
    current(5, 55);
    current(15, 16, 15);
    index(h2.connection(), 5, SearchTerms.ofBlock("<p>The dredger sails at noon.</p> <p>Calm water.</p>"));
    index(h2.connection(), 15, SearchTerms.ofBlock("<p>The DREDGER returns.</p> <p>Tide tables.</p>"));
    DeskQuery dredger = new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "Dredger");
    assertThat(page(EDITOR, dredger, 0, 25)).containsExactly(15L);
    assertThat(desk.count(EDITOR, dredger)).isEqualTo(1);
    DeskQuery calm = new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "calm water");
    assertThat(page(EDITOR, calm, 0, 25)).containsExactly(5L);
    DeskQuery headline = new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "story 1999");
    assertThat(page(EDITOR, headline, 0, 25)).as("the headline is searched too").containsExactly(1999L);
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "the dredg"), 0, 25))
        .as("the last word half typed").containsExactly(15L);
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "redger"), 0, 25))
        .as("a search finds words by their start, not by a piece inside them").isEmpty();
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "tables tide"), 0, 25))
        .as("the words in another order are not the text").isEmpty();
  }

  /** Chinese and Japanese run a sentence together: a word is found wherever it stands in it. */
  @Test
  void aSearchFindsAWordInsideTextWrittenWithoutSpaces() throws SQLException {
    try (Statement s = h2.connection().createStatement()) {
      s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES"
          + " (7, 7, 'h7', '<p>国际会议在北京举行。</p>'), (8, 8, 'h8', '<p>新款iPhone手机在东京发售</p>')");
    }
    current(7, 7);
    current(8, 8);
    index(h2.connection(), 7, SearchTerms.ofBlock("<p>国际会议在北京举行。</p>"));
    index(h2.connection(), 8, SearchTerms.ofBlock("<p>新款iPhone手机在东京发售</p>"));
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "北京举行"), 0, 25)).containsExactly(7L);
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "京"), 0, 25))
        .as("one character, in 北京 and in 东京").containsExactlyInAnyOrder(7L, 8L);
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "iphone手机"), 0, 25)).containsExactly(8L);
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "北京发售"), 0, 25))
        .as("words of two stories are not one text").isEmpty();
  }

  /** Typed in capitals, a Greek word ending in sigma is still found: its "Σ" is "ς" to the text match. */
  @Test
  void aGreekWordTypedInCapitalsIsFound() throws SQLException {
    try (Statement s = h2.connection().createStatement()) {
      s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES (9, 9, 'h9', '<p>Επιστολή προς την κυβέρνηση</p>')");
    }
    current(9, 9);
    index(h2.connection(), 9, SearchTerms.ofBlock("<p>Επιστολή προς την κυβέρνηση</p>"));
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "ΠΡΟΣ ΤΗΝ"), 0, 25)).containsExactly(9L);
  }

  /**
   * A search reads the stories its words' index entries name, not every story's text: the bench's
   * search took 325 ms at 100,000 stories, nearly all of it counting the matches (session 21).
   */
  @Test
  void aSearchReadsTheTextOfTheStoriesItsWordsNameOnly() throws SQLException {
    DeskQuery headline = new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "story 1999");
    List<String> sql = h2.statementsOn("story_term", () -> desk.count(EDITOR, headline));
    String plan = h2.plan(sql.stream().filter(q -> q.toUpperCase().startsWith("SELECT COUNT")).findFirst().orElseThrow());
    // The index's range of each word is read (the primary key's, term first)...
    assertThat(plan).containsPattern("IX_STORY_TERM_TERM: TERM >= 'story'\\s+AND TERM < 'storz'");
    // ...and of the 2,000 stories only the one both words name has its current revision read.
    java.util.regex.Matcher revisions =
        java.util.regex.Pattern.compile("\"REVISION\" \"T1\"\\s*/\\*[^*]*\\*/\\s*ON 1=1\\s*/\\* scanCount: ([0-9]+)").matcher(plan);
    assertThat(revisions.find()).as(plan).isTrue();
    assertThat(Integer.parseInt(revisions.group(1))).as(plan).isLessThanOrEqualTo(2);
    assertThat(desk.count(EDITOR, headline)).isEqualTo(1);
  }

  /**
   * The text is matched in the current revision's paragraphs only, each read by its id: a story
   * edited 300 times has 300 earlier paragraphs, which the search does not read. It read them all
   * (bench, session 23: a search's cost grew with its stories' edits).
   */
  @Test
  void theBodySearchReadsTheCurrentRevisionsParagraphsOnly() throws SQLException {
    try (PreparedStatement paragraph = h2.connection().prepareStatement(
        "INSERT INTO paragraph (id, story_id, hash, content) VALUES (?, 20, ?, ?)")) {
      for (long id = 1001; id <= 1300; id++) {
        paragraph.setLong(1, id);
        paragraph.setString(2, "h" + id);
        paragraph.setString(3, "<p>The dredger sails at " + id + ".</p>");
        paragraph.addBatch();
      }
      paragraph.executeBatch();
    }
    current(20, 1300);
    java.util.Set<String> everyWordItHasHad = new java.util.HashSet<>();
    for (long id = 1001; id <= 1300; id++) {
      everyWordItHasHad.addAll(SearchTerms.ofBlock("<p>The dredger sails at " + id + ".</p>"));
    }
    index(h2.connection(), 20, everyWordItHasHad);
    DeskQuery dredger = new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "dredger sails");
    List<String> sql = h2.statementsOn("story_term", () -> desk.count(EDITOR, dredger));
    String plan = h2.plan(sql.stream().filter(q -> q.toUpperCase().startsWith("SELECT COUNT")).findFirst().orElseThrow());
    java.util.regex.Matcher paragraphs =
        java.util.regex.Pattern.compile("\"PARAGRAPH\" \"\\w+\"\\s*/\\*[^*]*\\*/[^/]*/\\* scanCount: ([0-9]+)").matcher(plan);
    assertThat(paragraphs.find()).as(plan).isTrue();
    assertThat(Integer.parseInt(paragraphs.group(1))).as(plan).isLessThanOrEqualTo(2);
    assertThat(desk.count(EDITOR, dredger)).isEqualTo(1);
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "sails at 1001"), 0, 25))
        .as("an earlier revision's text").isEmpty();
    assertThat(page(EDITOR, new DeskQuery(DeskQuery.View.ALL, null, null, null, null, null, "sails at 1300"), 0, 25)).containsExactly(20L);
  }
}
