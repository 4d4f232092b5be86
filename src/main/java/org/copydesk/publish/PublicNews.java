package org.copydesk.publish;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.CreditLine;
import org.copydesk.credit.WireService;
import org.copydesk.story.CorrectionNotice;
import org.copydesk.story.Revision;
import org.copydesk.story.RevisionStore;
import org.copydesk.story.Story;
import org.copydesk.story.StoryState;

/**
 * Reads what is public: published (or killed) stories, always through their published revision.
 * Open to everyone, so it exposes nothing that is not on the public site.
 */
@Stateless
public class PublicNews {

  private static final List<StoryState> PUBLIC = List.of(StoryState.PUBLISHED, StoryState.KILLED);

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Inject
  private RevisionStore revisions;

  /** The ETag of a public story's page, from one small query, or empty when there is none. */
  public Optional<String> etag(String slug) {
    return em.createQuery(
            "select s.id, s.state, r.number from Story s join s.publishedRevision r where s.slug = :slug and s.state in :states",
            Object[].class)
        .setParameter("slug", slug)
        .setParameter("states", PUBLIC)
        .getResultStream()
        .findFirst()
        .map(row -> PublicStory.etag((Long) row[0], row[1] == StoryState.KILLED, (Integer) row[2]));
  }

  public Optional<PublicStory> story(String slug) {
    Optional<Story> found =
        em.createQuery("select s from Story s where s.slug = :slug and s.state in :states and s.publishedRevision is not null", Story.class)
            .setParameter("slug", slug)
            .setParameter("states", PUBLIC)
            .getResultStream()
            .findFirst();
    return found.map(this::toPublic);
  }

  /** A public story by id, for the export. */
  public Optional<PublicStory> story(long id) {
    Story s = em.find(Story.class, id);
    return s == null || s.getPublishedRevision() == null || !PUBLIC.contains(s.getState()) ? Optional.empty() : Optional.of(toPublic(s));
  }

  /** The newest published stories, for the front page and the feeds; killed ones are gone. */
  public List<Teaser> latest(int count) {
    return em.createQuery(
            "select new org.copydesk.publish.Teaser(s.id, s.slug, r.headline, r.standfirst, s.publishedAt, s.updatedAt)"
                + " from Story s join s.publishedRevision r where s.state = :published order by s.publishedAt desc, s.id desc",
            Teaser.class)
        .setParameter("published", StoryState.PUBLISHED)
        .setMaxResults(count)
        .getResultList();
  }

  private PublicStory toPublic(Story story) {
    Revision r = story.getPublishedRevision();
    Map<Long, WireService> wires =
        em.createQuery("select w from WireService w", WireService.class).getResultStream()
            .collect(Collectors.toMap(WireService::getId, Function.identity()));
    CreditLine credits = new CreditLine(wires::get);
    List<PublicStory.Correction> corrections =
        em.createQuery("select n from CorrectionNotice n where n.storyId = :id order by n.createdAt", CorrectionNotice.class)
            .setParameter("id", story.getId())
            .getResultStream()
            .map(n -> new PublicStory.Correction(n.getKind().name(), n.getText(), n.getCreatedAt()))
            .toList();
    List<Contributor> writers = r.getContributors().stream().filter(c -> c.getRole() == ContributorRole.WRITER).toList();
    String copyrightHolder =
        writers.stream().map(Contributor::getWireServiceId).filter(Objects::nonNull).map(wires::get).filter(Objects::nonNull)
            .map(WireService::getName).findFirst().orElse(null);
    boolean killed = story.getState() == StoryState.KILLED;
    var modified =
        killed ? story.getUpdatedAt() : corrections.isEmpty() ? story.getPublishedAt() : corrections.get(corrections.size() - 1).at();
    return new PublicStory(
        story.getId(),
        story.getSlug(),
        killed,
        story.getKillReason(),
        r.getNumber(),
        r.getHeadline(),
        r.getStandfirst(),
        killed ? "" : revisions.body(r),
        credits.lines(r.getContributors(), r.getDistributorId()),
        writers.stream().map(Contributor::getName).toList(),
        copyrightHolder,
        r.getPhotoRef(),
        r.getPhotoCaption(),
        r.getPhotoCredit(),
        story.getPublishedAt(),
        modified,
        corrections);
  }
}
