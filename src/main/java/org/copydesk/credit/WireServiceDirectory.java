package org.copydesk.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.copydesk.platform.ProviderHints;

/**
 * Finds the registry entry a wire credit names ("AP", "The Associated Press", "Reuters",
 * "Bloomberg News") and registers, inactive, one it does not know yet, so that copy is never
 * credited to the wrong house.
 */
@ApplicationScoped
public class WireServiceDirectory {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  public List<WireService> all() {
    return em.createQuery("select w from WireService w order by w.name", WireService.class).getResultList();
  }

  /**
   * Every service, for showing (menus, lists, exports), not copied into the transaction: the desk
   * and the editor read them on every page. A change made to one of these is never written.
   */
  public List<WireService> allToShow() {
    return em.createQuery("select w from WireService w order by w.name", WireService.class)
        .setHint(ProviderHints.READ_ONLY, "true")
        .getResultList();
  }

  /** The registry entry for a credited name, or {@code null} for a blank name. */
  @Transactional(Transactional.TxType.MANDATORY)
  public WireService resolveOrRegister(String credited, WireServiceKind kindIfNew) {
    String key = key(credited);
    if (key.isEmpty()) {
      return null;
    }
    List<WireService> all = all();
    for (WireService w : all) {
      if (key.equals(key(w.getName())) || key.equals(key(w.getShortName()))) {
        return w;
      }
    }
    String name = credited.strip();
    String shortName = shortName(name, all);
    WireService registered = WireService.registeredByIngest(name.length() > 120 ? name.substring(0, 120) : name, shortName, kindIfNew);
    em.persist(registered);
    return registered;
  }

  /** Case, accents, punctuation and a leading "The" do not make a different service. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9 ]", " ").strip().replaceAll("^the\\s+", "").replaceAll("\\s+", " ");
  }

  private static String shortName(String name, List<WireService> taken) {
    String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    base = base.isEmpty() ? "WIRE" : base.substring(0, Math.min(16, base.length()));
    String candidate = base;
    for (int n = 2; clash(candidate, taken); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  private static boolean clash(String shortName, List<WireService> taken) {
    return taken.stream().anyMatch(w -> w.getShortName().equalsIgnoreCase(shortName));
  }
}
