package org.continuum.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.continuum.learning.application.LoadResult;
import org.continuum.learning.application.ModuleAnalytics;
import org.continuum.learning.application.ModuleLibrary;
import org.continuum.learning.application.ModuleReport;
import org.continuum.learning.application.ModuleRequirements;
import org.continuum.learning.application.ModuleSummary;
import org.continuum.learning.application.RequirementView;
import org.continuum.learning.application.RetakePolicies;
import org.continuum.learning.application.RetakePolicyView;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationView;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.domain.Words;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UploadedFile;
import org.continuum.shared.web.UserMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The program's case modules for its director: the library, uploading the program's own module
 * files (with problems listed by line), required modules, retake rules, and each module's
 * analytics.
 */
@Named("programModules")
@ViewScoped
public class ProgramModulesBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_BYTES = 1024 * 1024;

  @Inject ProgramContext page;
  @Inject ModuleLibrary library;
  @Inject ModuleRequirements requirements;
  @Inject RetakePolicies policies;
  @Inject ModuleAnalytics analytics;
  @Inject Curriculum curriculum;

  private List<ModuleSummary> modules;
  private List<RequirementView> required;
  private List<RotationView> rotations;
  private RetakePolicyView policy;
  private transient Part file;
  private final List<String> uploadProblems = new ArrayList<>();
  private ModuleReport report;

  private Integer maxAttempts;
  private int waitHours;
  private boolean retakeAfterPass = true;

  private String moduleCode;
  private Integer byPgy;
  private Long rotationId;

  public void load() {
    long programId = page.getProgramId();
    modules = library.availableTo(programId);
    required = requirements.list(programId);
    rotations = curriculum.rotations(programId);
    if (page.isManager()) {
      policy = policies.get(programId);
      maxAttempts = policy.maxAttempts();
      waitHours = policy.waitHours();
      retakeAfterPass = policy.retakeAfterPass();
    }
  }

  public void upload() {
    uploadProblems.clear();
    Optional<UploadedFile> upload =
        UploadedFile.read(file, MAX_BYTES, Wording.of("programModulesBean.moduleFileMd"));
    if (upload.isEmpty()) {
      return;
    }
    try {
      LoadResult result =
          library.upload(
              page.getProgramId(), new String(upload.get().content(), StandardCharsets.UTF_8));
      UserMessages.info(result.message());
      load();
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> uploadProblems.add(error.message()));
      UserMessages.error(
          Wording.of(
              "programModulesBean.wasLoadedListedBelow",
              upload.get().name(),
              Words.count(uploadProblems.size(), "problem")));
    }
  }

  public void savePolicy() {
    policy =
        policies.set(
            page.getProgramId(),
            policy == null ? null : policy.version(),
            maxAttempts,
            waitHours,
            retakeAfterPass);
    UserMessages.info(Wording.of("programModulesBean.retakeRulesSaved"));
  }

  public void require() {
    requirements.add(page.getProgramId(), moduleCode, byPgy, rotationId);
    moduleCode = null;
    byPgy = null;
    rotationId = null;
    load();
    UserMessages.info(Wording.of("programModulesBean.requirementAdded"));
  }

  public void unrequire(RequirementView r) {
    requirements.remove(page.getProgramId(), r.id(), r.version());
    load();
    UserMessages.info(Wording.of("programModulesBean.requirementRemoved"));
  }

  public void showAnalytics(ModuleSummary module) {
    report = analytics.of(page.getProgramId(), module.id());
  }

  public StreamedContent source(ModuleSummary module) {
    long programId = page.getProgramId();
    return DefaultStreamedContent.builder()
        .name(module.code() + "-v" + module.moduleVersion() + ".md")
        .contentType("text/markdown; charset=UTF-8")
        .writer(
            out -> {
              try {
                out.write(library.source(programId, module.id()).getBytes(StandardCharsets.UTF_8));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .build();
  }

  public List<ModuleSummary> getModules() {
    return modules;
  }

  public List<RequirementView> getRequired() {
    return required;
  }

  public List<RotationView> getRotations() {
    return rotations;
  }

  public List<String> getUploadProblems() {
    return uploadProblems;
  }

  public ModuleReport getReport() {
    return report;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public int getWaitHours() {
    return waitHours;
  }

  public void setWaitHours(int waitHours) {
    this.waitHours = waitHours;
  }

  public boolean isRetakeAfterPass() {
    return retakeAfterPass;
  }

  public void setRetakeAfterPass(boolean retakeAfterPass) {
    this.retakeAfterPass = retakeAfterPass;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }

  public Integer getByPgy() {
    return byPgy;
  }

  public void setByPgy(Integer byPgy) {
    this.byPgy = byPgy;
  }

  public Long getRotationId() {
    return rotationId;
  }

  public void setRotationId(Long rotationId) {
    this.rotationId = rotationId;
  }
}
