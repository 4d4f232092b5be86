package org.copydesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.credit.WireService;
import org.copydesk.factcheck.ClaimBook;
import org.copydesk.media.PhotoLibrary;
import org.copydesk.security.Actor;
import org.copydesk.security.AppUser;
import org.copydesk.security.PasswordHashing;
import org.copydesk.security.Role;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.StoryLedger;
import org.copydesk.story.StoryState;
import org.copydesk.story.StoryView;
import org.copydesk.story.Transition;
import org.copydesk.story.TransitionRequest;

/**
 * Creates the demo newsroom on first start: one user per role (two reporters and two editors, so
 * the four-eyes rules can be tried) and the stories in src/main/resources/demo/stories, each
 * brought to its state through the real workflow as the demo users.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

  /** Every demo user's password; printed in the README. */
  public static final String PASSWORD = "copydesk-demo";

  static final int STORIES = 6;
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  private static final Map<String, Actor> USERS =
      Map.of(
          "rita", Actor.of("rita", Role.REPORTER),
          "robin", Actor.of("robin", Role.REPORTER),
          "eddie", Actor.of("eddie", Role.EDITOR),
          "erin", Actor.of("erin", Role.EDITOR),
          "fran", Actor.of("fran", Role.FACT_CHECKER),
          "ada", Actor.of("ada", Role.ADMIN));

  private static final Map<String, String> NAMES =
      Map.of(
          "rita", "Rita Reyes",
          "robin", "Robin Okafor",
          "eddie", "Eddie Lindqvist",
          "erin", "Erin Walsh",
          "fran", "Fran Moretti",
          "ada", "Ada Park");

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Inject
  private PasswordHashing passwords;

  @Inject
  private StoryLedger ledger;

  @Inject
  private ClaimBook claims;

  @Inject
  private PhotoLibrary photos;

  @PostConstruct
  void load() {
    if (!enabled()) {
      return;
    }
    // Two instances starting at once on an empty shared database would both find no users and
    // both create the newsroom; the second then failed its deployment on the duplicate user
    // names. Holding a row lock on a setting that the migrations always create makes the second
    // wait for the first one's commit, and then it finds the users.
    em.createNativeQuery("select setting_value from setting where name = 'paper.name' for update").getResultList();
    if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    // One hash for all demo users: they share the documented password, and each PBKDF2 hash
    // costs a fifth of a second.
    String hash = passwords.hash(PASSWORD.toCharArray());
    USERS.forEach(
        (name, actor) -> em.persist(new AppUser(name, NAMES.get(name), hash, EnumSet.copyOf(actor.roles()), now)));
    for (int i = 1; i <= STORIES; i++) {
      loadStory(String.format("demo/stories/%02d.txt", i), now.minusHours(STORIES - i));
    }
    LOG.info("Demo newsroom created: users " + USERS.keySet() + ", " + STORIES + " stories");
  }

  static boolean enabled() {
    return Boolean.getBoolean("copydesk.demo") || "true".equalsIgnoreCase(System.getenv("COPYDESK_DEMO"));
  }

  private void loadStory(String resource, OffsetDateTime at) {
    DemoStory story = DemoStory.parse(read(resource));
    Actor reporter = USERS.get(story.reporter());
    List<Contributor> contributors = new ArrayList<>();
    for (DemoStory.Credit c : story.contributors()) {
      contributors.add(new Contributor(c.name(), ContributorRole.valueOf(c.role()), wireId(c.affiliation())));
    }
    PhotoCredit photoCredit = null;
    String caption = null;
    String photoRef = null;
    if (story.photo() != null) {
      caption = story.photo().caption();
      photoRef = photos.storeAs(story.reporter(), DemoPhoto.jpeg(resource, 1200, 675)).ref();
      String agency = "STAFF".equals(story.photo().agency()) ? "Staff" : agencyName(story.photo().agency());
      photoCredit = new PhotoCredit(story.photo().photographer(), agency, agencyName(story.photo().distributor()), null);
    }
    RevisionDraft draft =
        new RevisionDraft(
            story.headline(), story.standfirst(), story.body(), contributors, wireId(story.distributor()), null,
            photoRef, caption, photoCredit, story.note());
    StoryView created = ledger.create(reporter, draft, at);
    walkTo(created, reporter, StoryState.valueOf(story.state()), at);
  }

  /** Moves a new story along the workflow to the state the demo file asks for, as the demo users. */
  private void walkTo(StoryView story, Actor reporter, StoryState target, OffsetDateTime at) {
    List<Transition> path =
        switch (target) {
          case DRAFT -> List.of();
          case EDITING -> List.of(Transition.SUBMIT);
          case FACT_CHECK -> List.of(Transition.SUBMIT, Transition.APPROVE);
          case READY -> List.of(Transition.SUBMIT, Transition.APPROVE, Transition.SIGN_OFF);
          case PUBLISHED -> List.of(Transition.SUBMIT, Transition.APPROVE, Transition.SIGN_OFF, Transition.PUBLISH);
          default -> throw new IllegalArgumentException("demo stories start in DRAFT to PUBLISHED, not " + target);
        };
    int minute = 1;
    for (Transition t : path) {
      Actor actor =
          switch (t) {
            case SUBMIT -> reporter;
            case SIGN_OFF -> USERS.get("fran");
            default -> USERS.get("eddie");
          };
      if (t == Transition.SIGN_OFF) {
        // The demo fact-checker has checked every claim before she signs off, as the rules ask.
        claims.verifyAllForDemo(story.id(), actor.username(), at.plusMinutes(minute));
      }
      ledger.transition(actor, story.id(), t, TransitionRequest.none(), at.plusMinutes(minute++));
    }
  }

  private Long wireId(String shortName) {
    if (shortName == null || shortName.isBlank() || "STAFF".equals(shortName)) {
      return null;
    }
    return wire(shortName).getId();
  }

  private String agencyName(String shortName) {
    return shortName == null || shortName.isBlank() ? null : wire(shortName).getName();
  }

  private WireService wire(String shortName) {
    return em.createQuery("select w from WireService w where w.shortName = :s", WireService.class)
        .setParameter("s", shortName)
        .getSingleResult();
  }

  private static String read(String resource) {
    try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("demo story missing from the WAR: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
