package org.copydesk.publish;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/** The paper's settings (name, city, founding year) from the {@code setting} table. */
@Stateless
public class PaperSettings {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  public Masthead masthead() {
    Map<String, String> values = new HashMap<>();
    for (Object row : em.createNativeQuery("SELECT name, setting_value FROM setting WHERE name LIKE 'paper.%'").getResultList()) {
      Object[] pair = (Object[]) row;
      values.put((String) pair[0], (String) pair[1]);
    }
    return new Masthead(
        values.getOrDefault("paper.name", "Copydesk"),
        values.getOrDefault("paper.city", ""),
        values.getOrDefault("paper.established", ""));
  }
}
