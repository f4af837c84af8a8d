package org.continuum.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.evaluation.application.EvaluationForms;
import org.continuum.evaluation.application.FormView;
import org.continuum.evaluation.application.ItemInput;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * Building a form version: its title and instructions, its items (added, changed, moved, removed),
 * then publishing it; a published version is read-only and can start the next version. Each save
 * carries the version shown.
 */
@Named("formEditor")
@ViewScoped
public class FormEditorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EvaluationForms forms;
  @Inject Frameworks frameworks;
  @Inject ProgramContext page;

  private Long formId;
  private FormView form;
  private String title;
  private String instructions;

  private Integer itemSeq;
  private ItemType itemType = ItemType.MILESTONE;
  private String itemPrompt;
  private String itemSubcompetency;
  private boolean itemRequired = true;

  private List<SubcompetencyView> subcompetencies;

  public void load() {
    if (formId == null) {
      throw new RecordNotFoundException(Wording.of("formEditorBean.form"));
    }
    show(forms.get(formId));
    if (form.programId() != page.getProgramId()) {
      throw new RecordNotFoundException(Wording.of("formEditorBean.form"));
    }
  }

  private void show(FormView view) {
    form = view;
    title = view.title();
    instructions = view.instructions();
  }

  public boolean isEditable() {
    return form != null && form.isDraft() && forms.mayEdit(form.programId());
  }

  public void saveDetails() {
    show(forms.describe(form.id(), form.version(), title, instructions));
    UserMessages.info(Wording.of("formEditorBean.saved"));
  }

  public void startNewItem() {
    itemSeq = null;
    itemType = form.kind().isAnonymous() ? ItemType.TEACHING : ItemType.MILESTONE;
    itemPrompt = null;
    itemSubcompetency = null;
    itemRequired = true;
  }

  public void editItem(FormView.Item item) {
    itemSeq = item.seq();
    // a scale that no longer fits the form (copied from an older version) is chosen again, not
    // silently replaced by the first that fits
    itemType = item.type().fits(form.kind()) ? item.type() : null;
    itemPrompt = item.prompt();
    itemSubcompetency = item.subcompetencyCode();
    itemRequired = item.required();
  }

  public void saveItem() {
    show(
        forms.saveItem(
            form.id(),
            form.version(),
            new ItemInput(itemSeq, itemType, itemPrompt, itemSubcompetency, itemRequired)));
    UserMessages.info(
        itemSeq == null
            ? Wording.of("formEditorBean.itemAdded")
            : Wording.of("formEditorBean.itemSaved", itemSeq));
  }

  public void removeItem(FormView.Item item) {
    show(forms.removeItem(form.id(), form.version(), item.seq()));
    UserMessages.info(Wording.of("formEditorBean.itemRemoved"));
  }

  public void moveItem(FormView.Item item, int direction) {
    show(forms.moveItem(form.id(), form.version(), item.seq(), direction));
  }

  public void publish() {
    show(forms.publish(form.id(), form.version()));
    UserMessages.info(Wording.of("formEditorBean.publishedNewRequestsKind", form.label()));
  }

  public String startNextVersion() {
    FormView next = forms.startNextVersion(form.id());
    return "/program/form-edit.xhtml?faces-redirect=true&program="
        + page.getProgramId()
        + "&form="
        + next.id();
  }

  public List<SubcompetencyView> getSubcompetencies() {
    if (subcompetencies == null) {
      subcompetencies =
          frameworks.ofProgram(page.getProgramId()).map(f -> f.subcompetencies()).orElse(List.of());
    }
    return subcompetencies;
  }

  /** The scales that fit this form: teaching scales for an anonymous one, trainee scales else. */
  public List<ItemType> getItemTypes() {
    return Arrays.stream(ItemType.values()).filter(t -> t.fits(form.kind())).toList();
  }

  public FormView getForm() {
    return form;
  }

  public Long getFormId() {
    return formId;
  }

  public void setFormId(Long formId) {
    this.formId = formId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public Integer getItemSeq() {
    return itemSeq;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public void setItemType(ItemType itemType) {
    this.itemType = itemType;
  }

  public String getItemPrompt() {
    return itemPrompt;
  }

  public void setItemPrompt(String itemPrompt) {
    this.itemPrompt = itemPrompt;
  }

  public String getItemSubcompetency() {
    return itemSubcompetency;
  }

  public void setItemSubcompetency(String itemSubcompetency) {
    this.itemSubcompetency = itemSubcompetency;
  }

  public boolean isItemRequired() {
    return itemRequired;
  }

  public void setItemRequired(boolean itemRequired) {
    this.itemRequired = itemRequired;
  }
}
