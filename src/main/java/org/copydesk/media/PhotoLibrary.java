package org.copydesk.media;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.copydesk.platform.Sha256;
import org.copydesk.security.Role;
import org.copydesk.story.StoryState;

/** Stores uploaded lead photos after {@link ImageCheck} and answers who may see one. */
@Stateless
public class PhotoLibrary {

  private static final Logger LOG = Logger.getLogger(PhotoLibrary.class.getName());

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext session;

  /** What the editor shows after an upload. */
  public record Stored(String ref, String mediaType, int width, int height, int bytes) {}

  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
  public Stored store(byte[] data) {
    return storeAs(session.getCallerPrincipal().getName(), data);
  }

  /**
   * For the application's own start-up work (the demo newsroom), which acts as a named user the
   * way the story ledger does; people reach only {@link #store}.
   */
  @PermitAll
  public Stored storeAs(String uploader, byte[] data) {
    ImageCheck.Inspected image = ImageCheck.inspect(data);
    String sha = Sha256.hex(data);
    Photo photo = em.find(Photo.class, sha);
    if (photo == null) {
      photo = new Photo(sha, image, data, uploader, OffsetDateTime.now(ZoneOffset.UTC));
      em.persist(photo);
      LOG.info(() -> "Photo " + sha + " (" + image.type() + ", " + image.width() + "x" + image.height() + ", " + data.length
          + " bytes) uploaded by " + uploader);
    }
    return new Stored(photo.ref(), photo.getMediaType(), photo.getWidth(), photo.getHeight(), photo.getByteSize());
  }

  @PermitAll
  public boolean exists(String sha256) {
    return !em.createQuery("select p.sha256 from Photo p where p.sha256 = :sha", String.class)
        .setParameter("sha", sha256)
        .getResultList()
        .isEmpty();
  }

  /**
   * The photo if the caller may see it: anyone in the newsroom may; the public only a photo that a
   * published story shows, so an unpublished picture does not leak through its address.
   */
  @PermitAll
  public Optional<Photo> visible(String sha256, boolean newsroomUser) {
    Photo photo = em.find(Photo.class, sha256);
    if (photo == null || newsroomUser) {
      return Optional.ofNullable(photo);
    }
    List<Long> shown =
        em.createQuery(
                "select s.id from Story s join s.publishedRevision r where r.photoRef = :ref and s.state = :published", Long.class)
            .setParameter("ref", photo.ref())
            .setParameter("published", StoryState.PUBLISHED)
            .setMaxResults(1)
            .getResultList();
    return shown.isEmpty() ? Optional.empty() : Optional.of(photo);
  }
}
