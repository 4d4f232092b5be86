package org.copydesk.story;

import java.io.Serializable;
import java.util.List;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.PhotoCredit;

/**
 * The content someone wants saved as the next revision. It is also what a refused save hands
 * back, so the writer's text is never lost.
 */
public record RevisionDraft(
    String headline,
    String standfirst,
    String body,
    List<Contributor> contributors,
    Long distributorId,
    String bylineRaw,
    String photoRef,
    String photoCaption,
    PhotoCredit photoCredit,
    String note)
    implements Serializable {

  public RevisionDraft {
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
  }

  /** A draft with text only: headline, standfirst and body. */
  public static RevisionDraft text(String headline, String standfirst, String body, String note) {
    return new RevisionDraft(headline, standfirst, body, List.of(), null, null, null, null, null, note);
  }

  public RevisionDraft withBody(String newBody) {
    return new RevisionDraft(
        headline, standfirst, newBody, contributors, distributorId, bylineRaw, photoRef, photoCaption, photoCredit, note);
  }

  public RevisionDraft withText(String newHeadline, String newStandfirst, String newBody) {
    return new RevisionDraft(
        newHeadline, newStandfirst, newBody, contributors, distributorId, bylineRaw, photoRef, photoCaption, photoCredit, note);
  }
}
