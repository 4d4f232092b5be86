import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * The workloads of issue 9 (W1-W8) and the three baselines, as {@link Load.Workload}s. Faces pages
 * are driven as a browser does: each virtual user is signed in with its own cookie jar; where a
 * page is posted, the user first loads it and posts back its own ViewState (and, for the editor,
 * every field of the form, as the browser would send them).
 */
final class Workloads {

  /** Stories the workloads work on, made once per run (see {@link Harness#fixture}). */
  static final class Fixture {
    List<Long> editStories;      // W2, W4: 3,000-word stories with two revisions, one per user
    List<Long> apiSaveStories;   // W3 through the API, one per writer
    List<Long> facesSaveStories; // W3 through the editor page, one per writer
    long history10;
    long history1000;
    String publicSlug;
    List<String> body;           // the 3,000-word body, paragraph by paragraph
    String ninjs;                // a wire item (ninjs 3.0 text with picture)
  }

  static final Pattern CURRENT_REVISION = Pattern.compile("\"currentRevision\"\\s*:\\s*(\\d+)");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern TOTAL = Pattern.compile("ui-paginator-current[^>]*>\\s*(\\d+) stories");
  private static final AtomicLong UNIQUE = new AtomicLong(System.currentTimeMillis());

  private Workloads() {}

  static Predicate<HttpResponse<String>> page(String marker) {
    return r -> r.statusCode() == 200 && r.body().contains(marker);
  }

  static Predicate<HttpResponse<String>> status(int code) {
    return r -> r.statusCode() == code;
  }

  /** A GET of one path per request, with a marker that proves the right page came back. */
  static Load.Workload get(String op, String path, String marker) {
    return vu -> rec -> rec.timed(op, () -> vu.get(path), page(marker));
  }

  static Load.Workload getPerUser(String op, java.util.function.IntFunction<String> path, String marker) {
    return vu -> {
      String p = path.apply(vu.index);
      return rec -> rec.timed(op, () -> vu.get(p), page(marker));
    };
  }

  // ---- W1: the desk ----

  static Load.Workload deskFirst() {
    return get("desk", "/app/desk.xhtml", "desk:stories");
  }

  static Load.Workload deskFiltered() {
    return get("desk", "/app/desk.xhtml?state=EDITING", "desk:stories");
  }

  /**
   * The desk's search box, through the JSON API (the same query as the page's text filter, without
   * the Faces form round trip): stories whose current headline or body holds a word of the
   * 3,000-word body, which the workloads' own stories have.
   */
  static Load.Workload deskSearched() {
    return vu -> rec -> rec.timed("desk search (API)", () -> vu.api("eddie", "GET", "/api/stories?text=shipyard&size=25", null),
        page("\"stories\""));
  }

  /** The last page of the desk, reached as the paginator reaches it: an ajax POST with the view's ViewState. */
  static Load.Workload deskDeep() {
    return vu -> {
      String page = vu.get("/app/desk.xhtml").body();
      String viewState = Vu.viewState(page);
      Matcher m = TOTAL.matcher(page);
      if (!m.find()) {
        throw new IllegalStateException("no story total on the desk page");
      }
      long total = Long.parseLong(m.group(1));
      long first = Math.max(0, (total - 1) / 25 * 25);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("jakarta.faces.partial.ajax", "true");
      form.put("jakarta.faces.source", "desk:stories");
      form.put("jakarta.faces.partial.execute", "desk:stories");
      form.put("jakarta.faces.partial.render", "desk:stories");
      form.put("desk:stories", "desk:stories");
      form.put("desk:stories_pagination", "true");
      form.put("desk:stories_first", Long.toString(first));
      form.put("desk:stories_rows", "25");
      form.put("desk:stories_skipChildren", "true");
      form.put("desk:stories_encodeFeature", "true");
      form.put("desk", "desk");
      form.put("jakarta.faces.ViewState", viewState);
      String row = "data-ri=\"" + first + "\"";
      return rec -> rec.timed("desk, last page", () -> vu.post("/app/desk.xhtml", form, true),
          r -> r.statusCode() == 200 && r.body().contains(row) && !r.body().contains("<error>"));
    };
  }

  // ---- W2 and W7: the editor and the history page ----

  static Load.Workload editor(Fixture f) {
    return getPerUser("editor", i -> "/app/story.xhtml?id=" + f.editStories.get(i), "editor:save");
  }

  static Load.Workload editorOf(long storyId) {
    return get("editor", "/app/story.xhtml?id=" + storyId, "editor:save");
  }

  static Load.Workload historyOf(long storyId) {
    return get("history", "/app/history.xhtml?id=" + storyId, "history:revisions");
  }

  // ---- W3: save a revision of a 3,000-word story ----

  /** The body with paragraph {@code n % size} changed in a way that differs for every n. */
  static String changedBody(List<String> body, long n) {
    StringBuilder out = new StringBuilder();
    int changed = (int) (n % body.size());
    for (int i = 0; i < body.size(); i++) {
      String p = body.get(i);
      if (i == changed) {
        int close = p.lastIndexOf("</");
        p = p.substring(0, close) + " Update " + n + "." + p.substring(close);
      }
      out.append(p).append('\n');
    }
    return out.toString();
  }

  static String revisionJson(Integer base, String headline, String body) {
    return "{" + (base == null ? "" : "\"baseRevision\":" + base + ",")
        + "\"headline\":" + Json.string(headline) + ",\"body\":" + Json.string(body)
        + ",\"contributors\":[{\"name\":\"Rita Reyes\",\"role\":\"WRITER\"}]}";
  }

  /** A writer saving a new revision of its own story through the JSON API, on top of the current one. */
  static Load.Workload saveApi(Fixture f) {
    return vu -> {
      long story = f.apiSaveStories.get(vu.index);
      int[] current = {currentRevision(vu, story)};
      return rec -> {
        // A number no save has used, so the body always differs from the current revision's.
        String json = revisionJson(current[0], "Saved through the API by writer " + vu.index, changedBody(f.body, UNIQUE.incrementAndGet()));
        HttpResponse<String> r = rec.timed("save (API)", () -> vu.api("rita", "POST", "/api/stories/" + story + "/revisions", json), status(201));
        if (r == null) {
          current[0] = currentRevision(vu, story);
        } else {
          current[0] = group(CURRENT_REVISION, r.body());
        }
      };
    };
  }

  static int currentRevision(Vu vu, long story) throws Exception {
    HttpResponse<String> r = vu.api("rita", "GET", "/api/stories/" + story, null);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("story " + story + " answered " + r.statusCode());
    }
    return group(CURRENT_REVISION, r.body());
  }

  /**
   * An editor saving in the story editor: load the page, then post the whole form (every field as
   * the browser sends it, the body changed) as the Save button's ajax request does, again and
   * again in the same view, as someone who keeps working and saving does.
   */
  static Load.Workload saveFaces(Fixture f) {
    return vu -> {
      long story = f.facesSaveStories.get(vu.index);
      String html = vu.get("/app/story.xhtml?id=" + story).body();
      Document doc = Jsoup.parse(html);
      FormElement form = (FormElement) doc.selectFirst("form#editor");
      if (form == null) {
        throw new IllegalStateException("no editor form for story " + story);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      form.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
      if (!fields.containsKey("editor:body_input")) {
        throw new IllegalStateException("the editor form has no editor:body_input field: " + fields.keySet());
      }
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", "editor:save");
      fields.put("jakarta.faces.partial.execute", "editor");
      // What the button itself asks to re-render (its PrimeFaces.ab call), not a guess.
      fields.put("jakarta.faces.partial.render", saveButtonRenders(html));
      fields.put("editor:save", "editor:save");
      return rec -> {
        fields.put("editor:body_input", changedBody(f.body, UNIQUE.incrementAndGet()));
        HttpResponse<String> r = rec.timed("save (editor page)", () -> vu.post("/app/story.xhtml", fields, true),
            page("Saved as a new revision."));
        if (r != null) {
          fields.put("jakarta.faces.ViewState", Vu.viewStateAfterAjax(r.body(), fields.get("jakarta.faces.ViewState")));
        } else {
          // Start again from a fresh view (the view may have expired or the base moved).
          Document fresh = Jsoup.parse(vu.get("/app/story.xhtml?id=" + story).body());
          ((FormElement) fresh.selectFirst("form#editor")).formData().forEach(kv -> {
            if (!kv.key().equals("editor:body_input")) {
              fields.put(kv.key(), kv.value());
            }
          });
        }
      };
    };
  }

  /** PrimeFaces' ajax call for the Save button, in the script it writes for the page (CSP mode: no onclick). */
  private static final Pattern SAVE_CALL = Pattern.compile("PrimeFaces\\.ab\\(\\{s:(?:\"|&quot;)editor:save(?:\"|&quot;)(.*?)\\}\\)");
  private static final Pattern AJAX_UPDATE = Pattern.compile("\\bu:(?:\"|&quot;)(.*?)(?:\"|&quot;)");

  /** The ids the editor's Save button re-renders, from the ajax call PrimeFaces wrote for it. */
  static String saveButtonRenders(String editorHtml) {
    Matcher call = SAVE_CALL.matcher(editorHtml);
    Matcher update = call.find() ? AJAX_UPDATE.matcher(call.group(1)) : null;
    if (update == null || !update.find()) {
      throw new IllegalStateException("the editor's Save button names nothing to re-render"
          + (call.hitEnd() ? " (no PrimeFaces.ab call for editor:save on the page)" : ": " + call.group()));
    }
    // PrimeFaces writes the ids with commas; its script sends them space-separated, as Faces reads them.
    return update.group(1).replace(',', ' ');
  }

  // ---- W4: compare two revisions ----

  static Load.Workload diff(Fixture f) {
    return vu -> {
      String path = "/api/stories/" + f.editStories.get(vu.index) + "/diff?from=1&to=2";
      return rec -> rec.timed("diff (API)", () -> vu.api("eddie", "GET", path, null), page("\"body\""));
    };
  }

  // ---- W5: every workflow transition, through the API, each user on its own story ----

  /** One step of the cycle: who makes it, and the request body. */
  private record Move(String op, String user, String json) {}

  private static final List<Move> CYCLE = List.of(
      new Move("SPIKE", "eddie", "{\"transition\":\"SPIKE\"}"),
      new Move("UNSPIKE", "eddie", "{\"transition\":\"UNSPIKE\"}"),
      new Move("SUBMIT", "rita", "{\"transition\":\"SUBMIT\"}"),
      new Move("RETURN", "eddie", "{\"transition\":\"RETURN\",\"comment\":\"Needs a second source.\"}"),
      new Move("SUBMIT", "rita", "{\"transition\":\"SUBMIT\"}"),
      new Move("APPROVE", "eddie", "{\"transition\":\"APPROVE\"}"),
      new Move("SEND_BACK", "fran", "{\"transition\":\"SEND_BACK\",\"comment\":\"Check the spelling of the street.\"}"),
      new Move("APPROVE", "eddie", "{\"transition\":\"APPROVE\"}"),
      new Move("SIGN_OFF", "fran", "{\"transition\":\"SIGN_OFF\"}"),
      new Move("SCHEDULE", "eddie", null),
      new Move("UNSCHEDULE", "eddie", "{\"transition\":\"UNSCHEDULE\"}"),
      new Move("PUBLISH", "eddie", "{\"transition\":\"PUBLISH\"}"),
      new Move("SAVE correction", "erin", null),
      new Move("CORRECT", "eddie", "{\"transition\":\"CORRECT\",\"correctionKind\":\"CORRECTION\",\"comment\":\"An earlier version misspelled a street.\"}"),
      new Move("KILL", "eddie", "{\"transition\":\"KILL\",\"comment\":\"The source withdrew the account.\"}"));

  /** A body in which the claim extractor finds nothing, so sign-off needs no verdicts. */
  private static final String PLAIN_BODY = "<p>the river was calm and the weather was mild along the quiet water.</p>"
      + "<p>the boats stayed in the harbour while the crews mended nets.</p>";

  static Load.Workload transitions() {
    return vu -> {
      long[] story = {-1};
      int[] step = {-1};
      return rec -> {
        if (step[0] < 0) {
          String json = revisionJson(null, "Workflow cycle " + UNIQUE.incrementAndGet(), PLAIN_BODY);
          HttpResponse<String> r = rec.timed("CREATE", () -> vu.api("rita", "POST", "/api/stories", json), status(201));
          if (r != null) {
            story[0] = group(ID, r.body());
            step[0] = 0;
          }
          return;
        }
        Move move = CYCLE.get(step[0]);
        HttpResponse<String> r;
        if (move.op().equals("SAVE correction")) {
          String json = revisionJson(1, "Workflow cycle, corrected", PLAIN_BODY.replace("mild", "warm"));
          r = rec.timed(move.op(), () -> vu.api(move.user(), "POST", "/api/stories/" + story[0] + "/revisions", json), status(201));
        } else {
          String json = move.json() != null ? move.json()
              : "{\"transition\":\"SCHEDULE\",\"scheduledFor\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(1) + "\"}";
          r = rec.timed(move.op(), () -> vu.api(move.user(), "POST", "/api/stories/" + story[0] + "/transitions", json), status(200));
        }
        // After a refusal the cycle starts again on a new story.
        step[0] = r == null || step[0] + 1 == CYCLE.size() ? -1 : step[0] + 1;
      };
    };
  }

  // ---- W6: the public story page ----

  static Load.Workload publicPage(Fixture f) {
    return get("story page", "/news/" + f.publicSlug, "NewsArticle");
  }

  // ---- W8: ingest a ninjs file ----

  static Load.Workload ingest(Fixture f) {
    return vu -> rec -> {
      String item = f.ninjs.replaceFirst("\"uri\"\\s*:\\s*\"[^\"]*\"",
          "\"uri\": \"urn:copydesk-bench:" + UNIQUE.incrementAndGet() + "\"");
      rec.timed("ingest (API)", () -> vu.api("eddie", "POST", "/api/ingest", item), status(201));
    };
  }

  // ---- baselines (the baseline WAR at /baseline on the same server) ----

  static Load.Workload staticFile() {
    return get("static file", "/baseline/static.html", "Static baseline");
  }

  static Load.Workload servlet() {
    return get("servlet", "/baseline/servlet", "Hello from a servlet");
  }

  static Load.Workload facesPage() {
    return get("Faces page", "/baseline/hello.xhtml", "Hello from a Faces page");
  }

  static int group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + p + " in " + (text.length() > 200 ? text.substring(0, 200) : text));
    }
    return Integer.parseInt(m.group(1));
  }

  static String ninjs(Path repo) throws java.io.IOException {
    return Files.readString(repo.resolve("src/test/resources/ingest/ninjs/v3.0-tt_text_image_3.json"));
  }
}
