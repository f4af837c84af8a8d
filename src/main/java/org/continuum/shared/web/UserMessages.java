package org.continuum.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.InvalidInputException;

/**
 * Puts messages on the page: a field error next to the input whose id is the field's name (and
 * marks it invalid for screen readers), everything else at the top of the page.
 */
public final class UserMessages {

  private UserMessages() {}

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Shows a refusal from the domain and keeps the user on the page with what they typed. */
  public static void show(DomainException refusal) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (refusal instanceof InvalidInputException invalid) {
      for (InvalidInputException.FieldError error : invalid.errors()) {
        String clientId = markInvalid(context, error.field());
        context.addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
      }
    } else {
      context.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.userMessage(), null));
    }
    context.validationFailed();
  }

  /**
   * Finds the rendered input with the field's id, in the form that was submitted (a page may hold
   * several forms with a "displayName" field), marks it invalid; null if there is none.
   */
  private static String markInvalid(FacesContext context, String field) {
    if (field == null || context.getViewRoot() == null) {
      return null;
    }
    UIComponent scope = submittedForm(context);
    String[] found = new String[1];
    scope.visitTree(
        VisitContext.createVisitContext(context),
        (visit, component) -> {
          if (field.equals(component.getId()) && component.isRendered()) {
            found[0] = component.getClientId(visit.getFacesContext());
            markInvalid(component);
            return VisitResult.COMPLETE;
          }
          return VisitResult.ACCEPT;
        });
    return found[0];
  }

  private static UIComponent submittedForm(FacesContext context) {
    UIComponent[] form = {context.getViewRoot()};
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, component) -> {
              if (component instanceof UIForm candidate && candidate.isSubmitted()) {
                form[0] = candidate;
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return form[0];
  }

  private static void markInvalid(UIComponent component) {
    if (component instanceof UIInput input) {
      input.setValid(false);
      // an invalid input is drawn from what was submitted, which the model update has consumed
      // (left null or empty): without it a refused note or text would come back empty
      Object submitted = input.getSubmittedValue();
      Object value = input.getValue();
      if (submitted == null || "".equals(submitted)) {
        if (value instanceof String typed && !typed.isEmpty()) {
          input.setSubmittedValue(typed);
        } else if (value instanceof BigDecimal number) {
          input.setSubmittedValue(number.toPlainString());
        } else if (value instanceof Integer number) {
          input.setSubmittedValue(number.toString());
        }
      }
    }
  }
}
