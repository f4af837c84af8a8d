package org.continuum.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.shared.application.Causes;
import org.continuum.shared.application.DatabaseUnavailable;
import org.continuum.shared.application.ErrorReference;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.RecordNotFoundException;

/**
 * Turns whatever a page action throws into something a person can act on. A refusal from the domain
 * becomes a message on the same page, with everything typed kept; a lost race on the same record
 * becomes "changed by someone else - reload"; a page opened on a missing record goes to "not
 * found"; an expired page is reloaded; a database that does not answer gets a 503 page that says so
 * (nothing to report); anything else is logged with a reference and shown as a plain error page.
 * Exception text never reaches the page.
 */
public class UserFacingExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(UserFacingExceptionHandler.class.getName());

  public UserFacingExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      handleOne(context, thrown);
    }
    getWrapped().handle();
  }

  private void handleOne(FacesContext context, Throwable thrown) {
    DomainException refusal = Causes.find(thrown, DomainException.class);
    if (refusal instanceof AccessDeniedException) {
      redirect(context, "/forbidden.xhtml");
    } else if (refusal instanceof RecordNotFoundException && !context.isPostback()) {
      // a page opened on a record that is not there has nothing to render around the message
      redirect(context, "/not-found.xhtml");
    } else if (refusal != null) {
      UserMessages.show(refusal);
      context.renderResponse();
    } else if (Causes.find(thrown, OptimisticLockException.class) != null) {
      UserMessages.show(new ConcurrentEditException(null, null));
      context.renderResponse();
    } else if (DatabaseUnavailable.isCause(thrown)) {
      LOG.warning(() -> "Database unavailable, answered 503: " + thrown);
      unavailable(context);
    } else if (Causes.find(thrown, ViewExpiredException.class) != null) {
      ViewExpiredException expired = Causes.find(thrown, ViewExpiredException.class);
      redirect(context, expired.getViewId() == null ? "/index.xhtml" : expired.getViewId());
    } else {
      String reference = ErrorReference.create();
      LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
      redirect(context, "/error.xhtml?ref=" + reference);
    }
  }

  /** A 503 page, written here for a page load; an ajax request is sent to it instead. */
  private static void unavailable(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (context.getPartialViewContext().isAjaxRequest()) {
      redirect(context, "/unavailable");
      return;
    }
    try {
      UnavailableResponse.write(
          (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not write the unavailable page", e);
    }
    context.responseComplete();
  }

  private static void redirect(FacesContext context, String path) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      // too late to navigate: the half-written page ends here, the cause is already logged
      context.responseComplete();
      return;
    }
    try {
      external.redirect(external.getRequestContextPath() + path);
      context.responseComplete();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not redirect to " + path, e);
      context.responseComplete();
    }
  }
}
