package org.copydesk.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * One person on a byline: name, what they did, and for whom. A {@code null} wire service means
 * staff of this newsroom.
 */
@Embeddable
public class Contributor implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{credit.contributor.name.required}")
  @Size(max = 200, message = "{credit.contributor.name.size}")
  @Column(name = "name", length = 200, nullable = false, updatable = false)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32, nullable = false, updatable = false)
  private ContributorRole role;

  @Column(name = "wire_service_id", updatable = false)
  private Long wireServiceId;

  protected Contributor() {}

  public Contributor(String name, ContributorRole role, Long wireServiceId) {
    this.name = name;
    this.role = role;
    this.wireServiceId = wireServiceId;
  }

  public String getName() {
    return name;
  }

  public ContributorRole getRole() {
    return role;
  }

  public Long getWireServiceId() {
    return wireServiceId;
  }

  public boolean isStaff() {
    return wireServiceId == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contributor c
        && Objects.equals(name, c.name)
        && role == c.role
        && Objects.equals(wireServiceId, c.wireServiceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, role, wireServiceId);
  }

  @Override
  public String toString() {
    return name + " (" + role + (wireServiceId == null ? ", staff" : ", wire " + wireServiceId) + ")";
  }
}
