package org.copydesk.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A photo credit in its parts, photographer / agency (or agency desk) / distributor, plus the raw
 * string a wire sent, which is kept as received.
 */
@Embeddable
public class PhotoCredit implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  @Column(name = "photo_photographer", length = 200, updatable = false)
  private String photographer;

  @Size(max = 200)
  @Column(name = "photo_agency", length = 200, updatable = false)
  private String agency;

  @Size(max = 200)
  @Column(name = "photo_distributor", length = 200, updatable = false)
  private String distributor;

  @Size(max = 500)
  @Column(name = "photo_credit_raw", length = 500, updatable = false)
  private String raw;

  protected PhotoCredit() {}

  public PhotoCredit(String photographer, String agency, String distributor, String raw) {
    this.photographer = blankToNull(photographer);
    this.agency = blankToNull(agency);
    this.distributor = blankToNull(distributor);
    this.raw = blankToNull(raw);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getPhotographer() {
    return photographer;
  }

  public String getAgency() {
    return agency;
  }

  public String getDistributor() {
    return distributor;
  }

  public String getRaw() {
    return raw;
  }

  /** A credit names at least who took the picture or who supplied it. */
  public boolean isComplete() {
    return photographer != null || agency != null;
  }

  /** "(Photographer/Agency/Distributor)", leaving out missing parts cleanly. */
  public String render() {
    String parts =
        Stream.of(photographer, agency, distributor).filter(Objects::nonNull).collect(Collectors.joining("/"));
    return parts.isEmpty() ? "" : "(" + parts + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhotoCredit p
        && Objects.equals(photographer, p.photographer)
        && Objects.equals(agency, p.agency)
        && Objects.equals(distributor, p.distributor)
        && Objects.equals(raw, p.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(photographer, agency, distributor, raw);
  }
}
