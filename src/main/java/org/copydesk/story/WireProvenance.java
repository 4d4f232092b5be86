package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * Where a wire story came from, as the wire sent it: identity and version (so a newer version adds
 * a revision and a repeat changes nothing), status (a canceled or withheld item is not published),
 * and the rights information.
 */
@Embeddable
public class WireProvenance implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Items the wire withdrew: canceled, or withheld until further notice. */
  public static final String CANCELED = "CANCELED";
  public static final String WITHHELD = "WITHHELD";
  public static final String USABLE = "USABLE";

  @Column(name = "wire_id", length = 500)
  private String wireId;

  @Column(name = "wire_format", length = 16)
  private String format;

  @Column(name = "wire_version", length = 50)
  private String version;

  @Column(name = "wire_status", length = 16)
  private String status;

  @Column(name = "wire_copyright", length = 300)
  private String copyrightHolder;

  @Column(name = "wire_usage_terms", length = 2000)
  private String usageTerms;

  @Column(name = "wire_sources", length = 1000)
  private String sources;

  @Column(name = "wire_language", length = 35)
  private String language;

  protected WireProvenance() {}

  public WireProvenance(
      String wireId, String format, String version, String status, String copyrightHolder, String usageTerms, String sources,
      String language) {
    this.wireId = clip(wireId, 500);
    this.format = format;
    this.version = clip(version, 50);
    this.status = status;
    this.copyrightHolder = clip(copyrightHolder, 300);
    this.usageTerms = clip(usageTerms, 2000);
    this.sources = clip(sources, 1000);
    this.language = clip(language, 35);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public boolean isWithdrawn() {
    return CANCELED.equals(status) || WITHHELD.equals(status);
  }

  WireProvenance withStatus(String newStatus) {
    return new WireProvenance(wireId, format, version, newStatus, copyrightHolder, usageTerms, sources, language);
  }

  public String getWireId() {
    return wireId;
  }

  public String getFormat() {
    return format;
  }

  public String getVersion() {
    return version;
  }

  public String getStatus() {
    return status;
  }

  public String getCopyrightHolder() {
    return copyrightHolder;
  }

  public String getUsageTerms() {
    return usageTerms;
  }

  public String getSources() {
    return sources;
  }

  public String getLanguage() {
    return language;
  }
}
