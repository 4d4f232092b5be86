package org.copydesk.api;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.audit.AuditChain;
import org.copydesk.audit.AuditEntry;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.desk.StoryRow;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.story.RevisionComparison;
import org.copydesk.story.RevisionDiff;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.RevisionView;
import org.copydesk.story.StoryView;

/**
 * The shapes the API reads and writes. Plain classes with public fields, which every JSON-B
 * implementation binds the same way, and converters from and to the domain's values.
 */
public final class Dtos {

  private Dtos() {}

  /** A contributor on a byline; {@code wireServiceId} null means staff. */
  public static class ContributorDto {
    public String name;
    public String role;
    public Long wireServiceId;

    static ContributorDto of(Contributor c) {
      ContributorDto d = new ContributorDto();
      d.name = c.getName();
      d.role = c.getRole().name();
      d.wireServiceId = c.getWireServiceId();
      return d;
    }

    Contributor toDomain() {
      return new Contributor(name, EnumParam.parse(ContributorRole.class, role, "credit.contributor.role"), wireServiceId);
    }
  }

  public static class PhotoCreditDto {
    public String photographer;
    public String agency;
    public String distributor;
    public String raw;
    public String rendered;

    static PhotoCreditDto of(PhotoCredit p) {
      if (p == null) {
        return null;
      }
      PhotoCreditDto d = new PhotoCreditDto();
      d.photographer = p.getPhotographer();
      d.agency = p.getAgency();
      d.distributor = p.getDistributor();
      d.raw = p.getRaw();
      d.rendered = p.render();
      return d;
    }
  }

  /** What a client sends to save a revision: the content and the revision it started from. */
  public static class RevisionInput {
    public Integer baseRevision;
    public String headline;
    public String standfirst;
    public String body;
    public String note;
    public List<ContributorDto> contributors;
    public Long distributorId;
    public String bylineRaw;
    public String photoRef;
    public String photoCaption;
    public PhotoCreditDto photoCredit;

    RevisionDraft toDraft() {
      List<Contributor> people = new ArrayList<>();
      for (ContributorDto c : contributors == null ? List.<ContributorDto>of() : contributors) {
        if (c == null) {
          throw new InvalidInputException("credit.contributor.name.required");
        }
        people.add(c.toDomain());
      }
      PhotoCredit credit =
          photoCredit == null
              ? null
              : new PhotoCredit(photoCredit.photographer, photoCredit.agency, photoCredit.distributor, photoCredit.raw);
      return new RevisionDraft(
          headline, standfirst, body, people, distributorId, bylineRaw, photoRef, photoCaption, credit, note);
    }

    static RevisionInput echo(RevisionDraft d, int base) {
      RevisionInput in = new RevisionInput();
      in.baseRevision = base;
      in.headline = d.headline();
      in.standfirst = d.standfirst();
      in.body = d.body();
      in.note = d.note();
      in.contributors = d.contributors().stream().map(ContributorDto::of).toList();
      in.distributorId = d.distributorId();
      in.bylineRaw = d.bylineRaw();
      in.photoRef = d.photoRef();
      in.photoCaption = d.photoCaption();
      in.photoCredit = PhotoCreditDto.of(d.photoCredit());
      return in;
    }
  }

  public static class EmbargoInput {
    public String until;
  }

  public static class ChunkDto {
    public String op;
    public String text;

    static List<ChunkDto> of(List<RevisionDiff.Chunk> chunks) {
      return chunks.stream().map(c -> {
        ChunkDto d = new ChunkDto();
        d.op = c.op().name();
        d.text = c.text();
        return d;
      }).toList();
    }
  }

  public static class ComparisonDto {
    public int from;
    public int to;
    public List<ChunkDto> headline;
    public List<ChunkDto> standfirst;
    public List<ChunkDto> body;
    public List<ChunkDto> credits;
    public List<ChunkDto> photo;

    static ComparisonDto of(RevisionComparison c) {
      ComparisonDto d = new ComparisonDto();
      d.from = c.from();
      d.to = c.to();
      d.headline = ChunkDto.of(c.headline());
      d.standfirst = ChunkDto.of(c.standfirst());
      d.body = ChunkDto.of(c.body());
      d.credits = ChunkDto.of(c.credits());
      d.photo = ChunkDto.of(c.photo());
      return d;
    }
  }

  public static class TransitionInput {
    public String transition;
    public String comment;
    public Integer revision;
    public String scheduledFor;
    public String correctionKind;
  }

  public static class StoryDto {
    public long id;
    public String slug;
    public String state;
    public String reporter;
    public String headline;
    public int currentRevision;
    public Integer approvedRevision;
    public String approvedBy;
    public Integer signedOffRevision;
    public String signedOffBy;
    public Integer publishedRevision;
    public String scheduledFor;
    public String embargoUntil;
    public String createdAt;
    public String updatedAt;
    public String publishedAt;
    public long version;
    public String wireId;
    public String wireVersion;
    public String wireStatus;
    public String wireCopyright;
    public String wireUsageTerms;
    public String wireSources;

    static StoryDto of(StoryView v) {
      StoryDto d = new StoryDto();
      d.id = v.id();
      d.slug = v.slug();
      d.state = v.state().name();
      d.reporter = v.reporter();
      d.headline = v.headline();
      d.currentRevision = v.currentRevision();
      d.approvedRevision = v.approvedRevision();
      d.approvedBy = v.approvedBy();
      d.signedOffRevision = v.signedOffRevision();
      d.signedOffBy = v.signedOffBy();
      d.publishedRevision = v.publishedRevision();
      d.scheduledFor = text(v.scheduledFor());
      d.embargoUntil = text(v.embargoUntil());
      d.createdAt = text(v.createdAt());
      d.updatedAt = text(v.updatedAt());
      d.publishedAt = text(v.publishedAt());
      d.version = v.version();
      d.wireId = v.wireId();
      d.wireVersion = v.wireVersion();
      d.wireStatus = v.wireStatus();
      d.wireCopyright = v.wireCopyright();
      d.wireUsageTerms = v.wireUsageTerms();
      d.wireSources = v.wireSources();
      return d;
    }
  }

  public static class StoryRowDto {
    public long id;
    public String slug;
    public String headline;
    public String state;
    public String reporter;
    public int revision;
    public int words;
    public String updatedAt;

    static StoryRowDto of(StoryRow r) {
      StoryRowDto d = new StoryRowDto();
      d.id = r.getId();
      d.slug = r.getSlug();
      d.headline = r.getHeadline();
      d.state = r.getState().name();
      d.reporter = r.getReporter();
      d.revision = r.getRevision();
      d.words = r.getWords();
      d.updatedAt = text(r.getUpdatedAt());
      return d;
    }
  }

  public static class StoryPageDto {
    public long total;
    public int first;
    public List<StoryRowDto> stories;
  }

  public static class RevisionDto {
    public int number;
    public Integer baseNumber;
    public String headline;
    public String standfirst;
    public String body;
    public String author;
    public String createdAt;
    public String note;
    public int wordCount;
    public List<ContributorDto> contributors;
    public Long distributorId;
    public String bylineRaw;
    public String photoRef;
    public String photoCaption;
    public PhotoCreditDto photoCredit;

    static RevisionDto of(RevisionView r) {
      RevisionDto d = new RevisionDto();
      d.number = r.number();
      d.baseNumber = r.baseNumber();
      d.headline = r.headline();
      d.standfirst = r.standfirst();
      d.body = r.body();
      d.author = r.author();
      d.createdAt = text(r.createdAt());
      d.note = r.note();
      d.wordCount = r.wordCount();
      d.contributors = r.contributors().stream().map(ContributorDto::of).toList();
      d.distributorId = r.distributorId();
      d.bylineRaw = r.bylineRaw();
      d.photoRef = r.photoRef();
      d.photoCaption = r.photoCaption();
      d.photoCredit = PhotoCreditDto.of(r.photoCredit());
      return d;
    }
  }

  public static class AuditEntryDto {
    public int seq;
    public String at;
    public String actor;
    public String action;
    public String fromState;
    public String toState;
    public Integer revision;
    public String comment;
    public String prevHash;
    public String hash;

    static AuditEntryDto of(AuditEntry e) {
      AuditEntryDto d = new AuditEntryDto();
      d.seq = e.getSeq();
      d.at = text(e.getCreatedAt());
      d.actor = e.getActor();
      d.action = e.getAction();
      d.fromState = e.getFromState();
      d.toState = e.getToState();
      d.revision = e.getRevisionNumber();
      d.comment = e.getComment();
      d.prevHash = e.getPrevHash();
      d.hash = e.getHash();
      return d;
    }
  }

  public static class VerificationDto {
    public boolean intact;
    public int entries;
    public Integer brokenSeq;
    public String problem;

    static VerificationDto of(AuditChain.Verification v) {
      VerificationDto d = new VerificationDto();
      d.intact = v.intact();
      d.entries = v.entries();
      d.brokenSeq = v.brokenSeq();
      d.problem = v.problem();
      return d;
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
