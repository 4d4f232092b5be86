package org.copydesk.desk;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Iterator;
import java.util.Optional;
import org.copydesk.security.SecurityEvents;

/**
 * Answers a protected view opened without a valid token (a bookmark, an emailed link, a link on
 * another site) with a redirect to the open page, which says what is being opened and offers the
 * app's own link to it. A redirect rather than an error page: the open page reads the story to
 * name it, and Payara refuses EJB calls while it renders an error page for a signed-in user.
 * Faces refuses the request in Restore View, before any view parameter or view action ran, so the
 * refused request has changed nothing. Every other exception goes on to the default handling.
 */
public class ProtectedViewExceptionHandlerFactory extends ExceptionHandlerFactory {

  static final String OPEN_PAGE = "/app/open.xhtml";

  public ProtectedViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        if (isRefusedView(thrown) && !faces.getResponseComplete()) {
          Optional<ProtectedPage> page = ProtectedPage.forView(faces.getExternalContext().getRequestServletPath());
          if (page.isPresent()) {
            events.remove();
            redirectToOpenPage(faces, page.get());
          }
        }
      }
      getWrapped().handle();
    }

    private static boolean isRefusedView(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ProtectedViewException) {
          return true;
        }
      }
      return false;
    }

    private static void redirectToOpenPage(FacesContext faces, ProtectedPage page) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      Principal caller = request.getUserPrincipal();
      SecurityEvents.refused(caller == null ? null : caller.getName(), request.getRemoteAddr(), "open " + page.getViewId(),
          "no valid view token, or another site's Referer or Origin");
      StringBuilder url = new StringBuilder(external.getRequestContextPath()).append(OPEN_PAGE)
          .append("?page=").append(page.urlName());
      String story = external.getRequestParameterMap().get(page.getParameter());
      if (story != null) {
        url.append("&id=").append(URLEncoder.encode(story, StandardCharsets.UTF_8));
      }
      try {
        external.redirect(url.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }
}
