package org.copydesk.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.copydesk.security.Role;

/**
 * Reading and verifying a story's audit trail. Entries are written only by {@link AuditWriter},
 * inside the transaction that changes the story.
 */
@Stateless
public class AuditTrail {

  @Inject
  private AuditWriter writer;

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<AuditEntry> entries(long storyId) {
    return writer.entries(storyId);
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public AuditChain.Verification verify(long storyId) {
    return AuditChain.verify(writer.entries(storyId));
  }
}
