package org.copydesk.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A wire service the newsroom takes copy or pictures from, and the terms it sets. */
@Entity
@Table(name = "wire_service")
public class WireService {

  @Id
  @SequenceGenerator(name = "wire_service_seq", sequenceName = "wire_service_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wire_service_seq")
  private Long id;

  @NotBlank
  @Size(max = 120)
  @Column(name = "name", length = 120, nullable = false, unique = true)
  private String name;

  @NotBlank
  @Size(max = 20)
  @Column(name = "short_name", length = 20, nullable = false, unique = true)
  private String shortName;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private WireServiceKind kind;

  @Size(max = 200)
  @Column(name = "credit_format", length = 200)
  private String creditFormat;

  @Size(max = 2000)
  @Column(name = "usage_terms", length = 2000)
  private String usageTerms;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected WireService() {}

  public WireService(String name, String shortName, WireServiceKind kind, String creditFormat, String usageTerms) {
    this.name = name;
    this.shortName = shortName;
    this.kind = kind;
    this.creditFormat = creditFormat;
    this.usageTerms = usageTerms;
  }

  /**
   * A wire service first met in an ingested item. It is registered inactive, so an administrator
   * reviews its name, credit format and terms, but its copy is credited correctly from the start.
   */
  public static WireService registeredByIngest(String name, String shortName, WireServiceKind kind) {
    WireService w = new WireService(name, shortName, kind, null, "Registered automatically when its copy was ingested; terms to be reviewed.");
    w.active = false;
    return w;
  }

  /** Changes by an administrator. */
  public void update(String newName, String newShortName, WireServiceKind newKind, String newCreditFormat, String newUsageTerms, boolean nowActive) {
    this.name = newName;
    this.shortName = newShortName;
    this.kind = newKind;
    this.creditFormat = newCreditFormat;
    this.usageTerms = newUsageTerms;
    this.active = nowActive;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public WireServiceKind getKind() {
    return kind;
  }

  public String getCreditFormat() {
    return creditFormat;
  }

  public String getUsageTerms() {
    return usageTerms;
  }

  public boolean isActive() {
    return active;
  }
}
