package org.copydesk.ingest;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.copydesk.credit.WireServiceDirectory;
import org.copydesk.platform.BusinessException;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.StoryLedger;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryView;

/**
 * Takes wire items in: a new item becomes a DRAFT story; the same item with a higher version adds a
 * revision to that story (reopening review); the same version again changes nothing; a canceled or
 * withheld item flags its story, which then cannot be published. A file that cannot be read is
 * refused before anything is written.
 */
@Stateless
public class WireDesk {

  /** What an ingest did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    WITHDRAWN
  }

  public record Result(Outcome outcome, long storyId, int revision, String wireId, String version) {}

  @Resource
  private SessionContext session;

  @Inject
  private StoryLedger ledger;

  @Inject
  private WireServiceDirectory wires;

  @Inject
  private StoryReader reader;

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public Result ingest(byte[] input) {
    WireItem item;
    try {
      item = new WireIngest().parse(input == null ? new byte[0] : input);
    } catch (IngestException unreadable) {
      throw new IngestRefused(unreadable);
    }
    if (item.wireId() == null || item.wireId().isBlank()) {
      throw new IngestRefused(new IngestException(IngestException.Reason.MISSING_FIELD, "The item has no identifier (ninjs uri, NewsML-G2 guid)"));
    }
    Actor actor = Actors.of(session);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    Optional<Long> existing = ledger.storyForWire(item.wireId());
    if (existing.isEmpty()) {
      RevisionDraft draft = WireStories.draft(item, wires::resolveOrRegister);
      StoryView created = ledger.createFromWire(actor, draft, WireStories.provenance(item), item.embargoedUntil(), now);
      return new Result(Outcome.CREATED, created.id(), created.currentRevision(), item.wireId(), item.version());
    }
    long storyId = existing.get();
    StoryView story = reader.story(storyId);
    String known = story.wireVersion();
    if (!item.pubStatus().allowsPublication()) {
      StoryView flagged = ledger.withdrawnByWire(actor, storyId, WireStories.status(item.pubStatus()), now);
      return new Result(Outcome.WITHDRAWN, storyId, flagged.currentRevision(), item.wireId(), item.version());
    }
    int order = compareVersions(item.version(), known);
    if (order == 0) {
      return new Result(Outcome.UNCHANGED, storyId, story.currentRevision(), item.wireId(), item.version());
    }
    if (order < 0) {
      throw new BusinessException("ingest.olderVersion", item.wireId(), item.version(), known);
    }
    RevisionDraft draft = WireStories.draft(item, wires::resolveOrRegister);
    StoryView updated = ledger.updateFromWire(actor, storyId, draft, WireStories.provenance(item), item.embargoedUntil(), now);
    return new Result(Outcome.UPDATED, storyId, updated.currentRevision(), item.wireId(), item.version());
  }

  /** Wire versions are numbers as text ("6"); anything else compares as text, and null as lowest. */
  static int compareVersions(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    try {
      return Long.compare(Long.parseLong(a.strip()), Long.parseLong(b.strip()));
    } catch (NumberFormatException notNumbers) {
      return a.strip().compareTo(b.strip());
    }
  }
}
