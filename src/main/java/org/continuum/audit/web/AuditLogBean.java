package org.continuum.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.continuum.audit.application.AuditLog;
import org.continuum.audit.application.AuditRow;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.shared.web.PagedModel;

/** The administrator's view of the audit trail, newest first, filtered by type and actor. */
@Named("auditLog")
@ViewScoped
public class AuditLogBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;

  private AuditEventType type;
  private String actor;

  private final PagedModel<AuditRow> model =
      new PagedModel<>(r -> log.list(r), AuditRow::id, this::filters);

  private Map<String, String> filters() {
    Map<String, String> filters = new HashMap<>();
    if (type != null) {
      filters.put("type", type.name());
    }
    if (actor != null && !actor.isBlank()) {
      filters.put("actor", actor);
    }
    return filters;
  }

  public AuditEventType[] getTypes() {
    return AuditEventType.values();
  }

  public PagedModel<AuditRow> getModel() {
    return model;
  }

  public AuditEventType getType() {
    return type;
  }

  public void setType(AuditEventType type) {
    this.type = type;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }
}
