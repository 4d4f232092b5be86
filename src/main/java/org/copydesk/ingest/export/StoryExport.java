package org.copydesk.ingest.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.credit.WireRegistry;
import org.copydesk.credit.WireService;
import org.copydesk.ingest.PubStatus;
import org.copydesk.publish.PaperSettings;
import org.copydesk.security.Role;
import org.copydesk.story.RevisionView;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryState;
import org.copydesk.story.StoryView;
import org.copydesk.story.WireProvenance;

/**
 * Any story the caller may see, as IPTC ninjs 2.x or NewsML-G2, from its current revision: the
 * credits with their wire services, the distributor, copyright, usage terms and the picture. The
 * version is the revision number, so every change reaches partners as a version bump.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
public class StoryExport {

  @Inject
  private StoryReader reader;

  @Inject
  private WireRegistry registry;

  @Inject
  private PaperSettings settings;

  public String ninjs(long storyId, String siteUrl) {
    return new NinjsWriter().write(item(storyId, siteUrl));
  }

  public String newsMl(long storyId, String siteUrl) {
    return new NewsMlWriter(settings.masthead().name()).write(item(storyId, siteUrl));
  }

  /** NewsML-G2 carries a story's picture as an item of its own, linked from the story. */
  public Optional<String> newsMlPicture(long storyId, String siteUrl) {
    return new NewsMlWriter(settings.masthead().name()).writePicture(item(storyId, siteUrl));
  }

  ExportItem item(long storyId, String siteUrl) {
    StoryView story = reader.story(storyId);
    RevisionView r = reader.current(storyId);
    Map<Long, String> wires = registry.all().stream().collect(Collectors.toMap(WireService::getId, WireService::getName));
    Function<Long, String> wireName = id -> id == null ? null : wires.get(id);
    boolean withdrawn = story.state() == StoryState.KILLED
        || WireProvenance.CANCELED.equals(story.wireStatus()) || WireProvenance.WITHHELD.equals(story.wireStatus());
    ExportItem.Picture picture = null;
    if (r.photoRef() != null) {
      String href = absolute(r.photoRef(), siteUrl + "/media/");
      picture = new ExportItem.Picture(href, href, r.photoCaption(), r.photoCredit());
    }
    return new ExportItem(
        siteUrl + "/api/stories/" + storyId,
        r.number(),
        story.createdAt(),
        r.createdAt(),
        withdrawn ? PubStatus.CANCELED : PubStatus.USABLE,
        "en",
        r.headline(),
        r.standfirst(),
        r.body(),
        r.bylineRaw(),
        r.contributors().stream().map(c -> new ExportItem.Credit(c.getName(), c.getRole(), wireName.apply(c.getWireServiceId()))).toList(),
        wireName.apply(r.distributorId()),
        story.wireCopyright() != null ? story.wireCopyright() : settings.masthead().name(),
        story.wireUsageTerms(),
        null,
        picture);
  }

  /** A photo reference as an absolute address: wire pictures have one, the newsroom's own get the media path. */
  static String absolute(String ref, String mediaBase) {
    try {
      URI uri = URI.create(ref.strip());
      if (uri.isAbsolute()) {
        return uri.toString();
      }
    } catch (IllegalArgumentException notAUri) {
      // falls through: encode it below as a path under the media base
    }
    return mediaBase + java.net.URLEncoder.encode(ref.strip(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
