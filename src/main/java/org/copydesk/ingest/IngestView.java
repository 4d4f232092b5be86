package org.copydesk.ingest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.Messages;
import org.primefaces.model.file.UploadedFile;

/** The upload page: one wire file in, a message saying what became of it. */
@Named
@RequestScoped
public class IngestView {

  @Inject
  private WireDesk desk;

  @Inject
  private FacesContext faces;

  private UploadedFile file;
  private WireDesk.Result result;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      message(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), "ingest.noFile"));
      return;
    }
    byte[] input;
    try (InputStream in = file.getInputStream()) {
      input = in.readNBytes(WireIngest.MAX_INPUT_BYTES + 1);
    }
    if (input.length > WireIngest.MAX_INPUT_BYTES) {
      message(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), "ingest.tooLarge", WireIngest.MAX_INPUT_BYTES / (1024 * 1024)));
      return;
    }
    try {
      result = desk.ingest(input);
      message(FacesMessage.SEVERITY_INFO, Messages.text(locale(), "ingest.outcome." + result.outcome(), result.storyId(), result.revision()));
    } catch (BusinessException refused) {
      message(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), refused));
    }
  }

  private java.util.Locale locale() {
    return faces.getViewRoot().getLocale();
  }

  private void message(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public WireDesk.Result getResult() {
    return result;
  }
}
