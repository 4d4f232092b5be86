package org.copydesk.credit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.FacesMessages;

/** The registry page (administrators edit, editors read) and the usage report. */
@Named
@ViewScoped
public class WireServicesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private WireRegistry registry;

  @Inject
  private UsageReport usage;

  private List<WireService> services;
  private Long editingId;
  private String name;
  private String shortName;
  private WireServiceKind kind = WireServiceKind.NEWS_AGENCY;
  private String creditFormat;
  private String usageTerms;
  private boolean active = true;
  private LocalDate from = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
  private LocalDate to = LocalDate.now(ZoneOffset.UTC);
  private List<UsageReport.Line> report;

  public List<WireService> getServices() {
    if (services == null) {
      services = registry.all();
    }
    return services;
  }

  public void startNew() {
    editingId = null;
    name = null;
    shortName = null;
    kind = WireServiceKind.NEWS_AGENCY;
    creditFormat = null;
    usageTerms = null;
    active = true;
  }

  public void edit(WireService w) {
    editingId = w.getId();
    name = w.getName();
    shortName = w.getShortName();
    kind = w.getKind();
    creditFormat = w.getCreditFormat();
    usageTerms = w.getUsageTerms();
    active = w.isActive();
  }

  public void save() {
    WireRegistry.Entry entry = new WireRegistry.Entry(name, shortName, kind, creditFormat, usageTerms, active);
    try {
      if (editingId == null) {
        registry.create(entry);
      } else {
        registry.update(editingId, entry);
      }
      services = null;
      FacesMessages.info("wire.saved");
    } catch (BusinessException e) {
      FacesContext.getCurrentInstance().validationFailed();
      FacesMessages.error(e);
    }
  }

  public void runReport() {
    try {
      report = usage.between(from.atStartOfDay().atOffset(ZoneOffset.UTC), to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }


  public WireServiceKind[] getKinds() {
    return WireServiceKind.values();
  }

  public Long getEditingId() {
    return editingId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public WireServiceKind getKind() {
    return kind;
  }

  public void setKind(WireServiceKind kind) {
    this.kind = kind;
  }

  public String getCreditFormat() {
    return creditFormat;
  }

  public void setCreditFormat(String creditFormat) {
    this.creditFormat = creditFormat;
  }

  public String getUsageTerms() {
    return usageTerms;
  }

  public void setUsageTerms(String usageTerms) {
    this.usageTerms = usageTerms;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<UsageReport.Line> getReport() {
    return report;
  }

  /** The largest count in the report, for the bar chart's scale. */
  public int getMaxCount() {
    return report == null ? 1 : Math.max(1, report.stream().mapToInt(l -> Math.max(l.getStories(), l.getPhotos())).max().orElse(1));
  }

  public org.primefaces.model.StreamedContent getCsv() {
    if (report == null) {
      runReport();
    }
    byte[] bytes = UsageReport.csv(report == null ? List.of() : report, from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name("wire-usage-" + from + "-" + to + ".csv")
        .contentType("text/csv")
        .stream(() -> new java.io.ByteArrayInputStream(bytes))
        .build();
  }
}
