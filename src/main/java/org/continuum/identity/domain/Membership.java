package org.continuum.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * A role a person holds: in one program, or institution-wide for ADMIN. The program is referenced
 * by id only, so identity does not depend on the program context.
 */
@Entity
@Table(name = "membership")
public class Membership extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "program_id", updatable = false)
  private Long programId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, updatable = false, length = 32)
  private Role role;

  protected Membership() {}

  public Membership(Account account, Long programId, Role role) {
    if (role == null) {
      throw new InvalidInputException("role", Wording.of("membership.roleRequired"));
    }
    if (role.isInstitutionWide() && programId != null) {
      throw new InvalidInputException(
          "program", Wording.of("membership.heldInstitutionWideProgram", role.title()));
    }
    if (!role.isInstitutionWide() && programId == null) {
      throw new InvalidInputException(
          "program", Wording.of("membership.heldProgramChooseProgram", role.title()));
    }
    this.account = account;
    this.programId = programId;
    this.role = role;
  }

  public Account getAccount() {
    return account;
  }

  public Long getProgramId() {
    return programId;
  }

  public Role getRole() {
    return role;
  }
}
