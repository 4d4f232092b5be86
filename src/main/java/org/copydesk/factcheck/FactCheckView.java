package org.copydesk.factcheck;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.FacesMessages;
import org.copydesk.story.BodyParagraphs;
import org.copydesk.story.RevisionView;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryView;
import org.copydesk.story.Transition;
import org.copydesk.story.TransitionRequest;
import org.copydesk.workflow.StoryWorkflow;

/**
 * The fact-check page: the current revision's text with its claims marked, the claims grouped by
 * kind with their verdicts, sign-off and send-back. Every decision is the EJBs'; refusals come back
 * as messages on the page.
 */
@Named
@ViewScoped
public class FactCheckView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A run of a paragraph's text, marked when it belongs to a claim (a class: EL 5 reads no records). */
  public static final class Segment implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final Long claimId;
    private final String status;

    Segment(String text, Long claimId, String status) {
      this.text = text;
      this.claimId = claimId;
      this.status = status;
    }

    public String getText() {
      return text;
    }

    public Long getClaimId() {
      return claimId;
    }

    public String getStatus() {
      return status;
    }
  }

  @Inject
  private StoryReader reader;

  @Inject
  private FactCheckDesk desk;

  @Inject
  private StoryWorkflow workflow;

  private Long storyId;
  private StoryView story;
  private List<List<Segment>> paragraphs = List.of();
  private Map<ClaimType, List<CheckedClaim>> claimsByType = Map.of();
  private final Map<Long, String> notes = new LinkedHashMap<>();
  private final Map<Long, String> sources = new LinkedHashMap<>();
  private String comment;
  private ClaimType newType = ClaimType.FIGURE;
  private Integer selParagraph;
  private Integer selStart;
  private Integer selEnd;

  /** Called by the page's view action with the story id from the address. */
  public void load() {
    if (storyId == null) {
      FacesMessages.error("factcheck.storyRequired");
      return;
    }
    try {
      story = reader.story(storyId);
      RevisionView current = reader.current(storyId);
      List<CheckedClaim> claims = desk.currentClaims(storyId);
      paragraphs = segments(BodyParagraphs.split(current.body()), claims);
      Map<ClaimType, List<CheckedClaim>> grouped = new LinkedHashMap<>();
      for (ClaimType type : ClaimType.values()) {
        grouped.put(type, new ArrayList<>());
      }
      for (CheckedClaim c : claims) {
        grouped.get(c.getType()).add(c);
        notes.putIfAbsent(c.getId(), c.getNote());
        sources.putIfAbsent(c.getId(), c.getSourceUrl());
      }
      claimsByType = grouped;
    } catch (BusinessException e) {
      story = null;
      FacesMessages.error(e);
    }
  }

  static List<List<Segment>> segments(List<String> blocks, List<CheckedClaim> claims) {
    List<List<Segment>> out = new ArrayList<>();
    for (int p = 0; p < blocks.size(); p++) {
      String text = ClaimExtractor.paragraphText(blocks.get(p));
      int paragraph = p;
      List<CheckedClaim> here = claims.stream()
          .filter(c -> c.getParagraph() == paragraph && c.getEndParagraph() == paragraph && c.getEnd() <= text.length())
          .sorted(Comparator.comparingInt(CheckedClaim::getStart).thenComparing(c -> -c.getEnd()))
          .toList();
      List<Segment> segments = new ArrayList<>();
      int at = 0;
      for (CheckedClaim c : here) {
        if (c.getStart() < at) {
          continue; // overlapping claims: the outer one is marked, both are listed
        }
        if (c.getStart() > at) {
          segments.add(new Segment(text.substring(at, c.getStart()), null, null));
        }
        segments.add(new Segment(text.substring(c.getStart(), c.getEnd()), c.getId(), c.getStatus().name()));
        at = c.getEnd();
      }
      if (at < text.length()) {
        segments.add(new Segment(text.substring(at), null, null));
      }
      out.add(segments);
    }
    return out;
  }

  public void judge(long claimId, String verdict) {
    try {
      desk.judge(storyId, claimId, ClaimStatus.valueOf(verdict), notes.get(claimId), sources.get(claimId));
      FacesMessages.info("factcheck.saved");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
    reload();
  }

  public void addSelection() {
    try {
      if (selParagraph == null || selStart == null || selEnd == null) {
        throw new org.copydesk.platform.InvalidInputException("claim.selection.invalid");
      }
      desk.addManual(storyId, newType, selParagraph, selStart, selEnd);
      FacesMessages.info("factcheck.added");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
    reload();
  }

  public void signOff() {
    transition(Transition.SIGN_OFF);
  }

  public void sendBack() {
    transition(Transition.SEND_BACK);
  }

  private void transition(Transition t) {
    try {
      story = workflow.transition(storyId, t, new TransitionRequest(comment, story.currentRevision(), null, null));
      FacesMessages.info(t == Transition.SIGN_OFF ? "factcheck.signedOff" : "factcheck.sentBack");
      comment = null;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
    reload();
  }

  private void reload() {
    notes.clear();
    sources.clear();
    load();
  }



  public long getUnresolved() {
    return claimsByType.values().stream().flatMap(List::stream).filter(c -> !c.getStatus().isResolved()).count();
  }

  public Long getStoryId() {
    return storyId;
  }

  public void setStoryId(Long storyId) {
    this.storyId = storyId;
  }

  public StoryView getStory() {
    return story;
  }

  public List<List<Segment>> getParagraphs() {
    return paragraphs;
  }

  public List<Map.Entry<ClaimType, List<CheckedClaim>>> getGroups() {
    return new ArrayList<>(claimsByType.entrySet());
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public Map<Long, String> getSources() {
    return sources;
  }

  public ClaimType[] getTypes() {
    return ClaimType.values();
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public ClaimType getNewType() {
    return newType;
  }

  public void setNewType(ClaimType newType) {
    this.newType = newType;
  }

  public Integer getSelParagraph() {
    return selParagraph;
  }

  public void setSelParagraph(Integer selParagraph) {
    this.selParagraph = selParagraph;
  }

  public Integer getSelStart() {
    return selStart;
  }

  public void setSelStart(Integer selStart) {
    this.selStart = selStart;
  }

  public Integer getSelEnd() {
    return selEnd;
  }

  public void setSelEnd(Integer selEnd) {
    this.selEnd = selEnd;
  }
}
