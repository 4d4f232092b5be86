package org.copydesk.story;

import java.io.Serializable;
import java.util.List;
import org.copydesk.story.RevisionDiff.Chunk;

/** Two revisions compared word by word, field by field. */
public record RevisionComparison(
    int from,
    int to,
    List<Chunk> headline,
    List<Chunk> standfirst,
    List<Chunk> body,
    List<Chunk> credits,
    List<Chunk> photo)
    implements Serializable {

  static RevisionComparison of(Revision a, String bodyA, Revision b, String bodyB) {
    return new RevisionComparison(
        a.getNumber(),
        b.getNumber(),
        RevisionDiff.words(a.getHeadline(), b.getHeadline()),
        RevisionDiff.words(a.getStandfirst(), b.getStandfirst()),
        RevisionDiff.words(RevisionDiff.bodyText(bodyA), RevisionDiff.bodyText(bodyB)),
        RevisionDiff.words(credits(a), credits(b)),
        RevisionDiff.words(photo(a), photo(b)));
  }

  private static String credits(Revision r) {
    StringBuilder s = new StringBuilder();
    r.getContributors().forEach(c -> s.append(c.getName()).append(" (").append(c.getRole()).append(c.isStaff() ? ", staff" : ", wire " + c.getWireServiceId()).append(")\n"));
    if (r.getDistributorId() != null) {
      s.append("distributed by wire ").append(r.getDistributorId()).append('\n');
    }
    return s.toString().strip();
  }

  private static String photo(Revision r) {
    if (r.getPhotoRef() == null && r.getPhotoCaption() == null) {
      return "";
    }
    String credit = r.getPhotoCredit() == null ? "" : " " + r.getPhotoCredit().render();
    return (r.getPhotoRef() == null ? "" : r.getPhotoRef() + "\n") + (r.getPhotoCaption() == null ? "" : r.getPhotoCaption()) + credit;
  }
}
