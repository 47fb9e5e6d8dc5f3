package com.laca.domain.identity;

import static com.laca.domain.identity.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Who may do what")
class PermissionMatrixTest {

    @Test
    @DisplayName("The owner may do everything in the clinic but cannot manage other tenants nor study as a trainee")
    void ownerHasEverythingButTenants() {
        assertThat(PermissionMatrix.grantedTo(Role.OWNER))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(TENANTS_MANAGE, LEARN)));
    }

    @Test
    @DisplayName("A manager runs the clinic but cannot invite or change staff accounts")
    void managerCannotManageStaff() {
        assertThat(PermissionMatrix.allows(Role.MANAGER, SETTINGS_MANAGE)).isTrue();
        assertThat(PermissionMatrix.allows(Role.MANAGER, PAYMENTS_REFUND)).isTrue();
        assertThat(PermissionMatrix.allows(Role.MANAGER, STAFF_MANAGE)).isFalse();
    }

    @Test
    @DisplayName("Only the owner, a manager or finance may refund money")
    void onlyMoneyRolesRefund() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, PAYMENTS_REFUND)))
                .containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER, Role.FINANCE);
    }

    @Test
    @DisplayName("Only the owner and a manager may change the clinic's set-up")
    void onlyOwnerAndManagerChangeSettings() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, SETTINGS_MANAGE)))
                .containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER);
    }

    @Test
    @DisplayName("A practitioner sees and treats clients but never touches payments")
    void practitionerHasNoMoney() {
        assertThat(PermissionMatrix.allows(Role.PRACTITIONER, CLIENTS_VIEW)).isTrue();
        assertThat(PermissionMatrix.allows(Role.PRACTITIONER, PAYMENTS_VIEW)).isFalse();
        assertThat(PermissionMatrix.allows(Role.PRACTITIONER, PAYMENTS_REFUND)).isFalse();
    }

    @Test
    @DisplayName("Only an administrator (owner, manager) verifies a professional registration; an instructor does not")
    void onlyAdministratorsVerifyRegistrations() {
        assertThat(EnumSet.allOf(Role.class)).filteredOn(role -> PermissionMatrix.allows(role, REGISTRATIONS_VERIFY))
                .containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER);
    }

    @Test
    @DisplayName("Owner, manager and front desk act on anyone's appointments; a practitioner only on their own")
    void onlyTheDeskActsOnAnyonesAppointments() {
        assertThat(EnumSet.allOf(Role.class)).filteredOn(role -> PermissionMatrix.allows(role, APPOINTMENTS_MANAGE_ANY))
                .containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER, Role.FRONTDESK);
        assertThat(PermissionMatrix.allows(Role.PRACTITIONER, APPOINTMENTS_MANAGE)).isTrue();
    }

    @Test
    @DisplayName("Owner, manager and finance read the money view; the desk and practitioners do not")
    void moneyViewIsForTheBusiness() {
        assertThat(EnumSet.allOf(Role.class)).filteredOn(role -> PermissionMatrix.allows(role, Permission.REPORTS_MONEY))
                .containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER, Role.FINANCE);
    }

    @Test
    @DisplayName("An instructor grades and certifies but does not see clinic clients")
    void instructorIsAcademyOnly() {
        assertThat(PermissionMatrix.grantedTo(Role.INSTRUCTOR))
                .contains(COURSES_MANAGE, ASSESSMENTS_GRADE, CERTIFICATES_ISSUE)
                .doesNotContain(CLIENTS_VIEW, APPOINTMENTS_VIEW);
    }

    @Test
    @DisplayName("Academy staff (owner, manager, instructor) enrol, sign off cases, regrade and revoke; nobody else does")
    void academyRightsStayWithAcademyStaff() {
        for (Permission academy : List.of(ENROLMENTS_MANAGE, CASELOG_SIGN_OFF, REGRADE_APPLY, CERTIFICATES_REVOKE)) {
            assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, academy)))
                    .as(academy.name()).containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER, Role.INSTRUCTOR);
        }
    }

    @Test
    @DisplayName("The platform administrator manages tenants and sees no clinic data")
    void platformAdminOnlyManagesTenants() {
        assertThat(PermissionMatrix.grantedTo(Role.PLATFORM_ADMIN)).isEqualTo(Set.of(TENANTS_MANAGE));
    }

    @Test
    @DisplayName("Clients have no back-office permission, and a trainee may only learn (on their own records)")
    void studentsAndClientsHaveNothing() {
        assertThat(PermissionMatrix.grantedTo(Role.CLIENT)).isEmpty();
        assertThat(PermissionMatrix.grantedTo(Role.STUDENT)).isEqualTo(Set.of(LEARN));
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, LEARN)))
                .containsExactly(Role.STUDENT);
    }

    @Test
    @DisplayName("Only the owner and practitioners may read clinical records; managers, reception and finance may not")
    void onlyCliniciansAndOwnerReadClinicalRecords() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, CLINICAL_READ)))
                .containsExactlyInAnyOrder(Role.OWNER, Role.PRACTITIONER);
    }

    @Test
    @DisplayName("Only the owner may list who read a client's clinical record (the access audit)")
    void onlyTheOwnerReadsTheAccessAudit() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, Permission.RECORDS_AUDIT)))
                .containsExactly(Role.OWNER);
    }

    @Test
    @DisplayName("Holding several roles grants what any of them grants")
    void severalRolesCombine() {
        assertThat(PermissionMatrix.allowsAny(List.of(Role.PRACTITIONER, Role.FINANCE), PAYMENTS_REFUND)).isTrue();
        assertThat(PermissionMatrix.allowsAny(List.of(), SETTINGS_VIEW)).isFalse();
    }

    @Test
    @DisplayName("Only practitioners (and the owner) may record prescriber decisions; managers, reception and finance "
            + "may not")
    void onlyCliniciansDecide() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, CLINICAL_DECIDE)))
                .containsExactlyInAnyOrder(Role.OWNER, Role.PRACTITIONER);
    }

    @Test
    @DisplayName("The consent process is run by the owner, a manager, practitioners and reception, never finance")
    void consentManagedAtTheDesk() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> PermissionMatrix.allows(r, CONSENT_MANAGE)))
                .containsExactlyInAnyOrder(Role.OWNER, Role.MANAGER, Role.PRACTITIONER, Role.FRONTDESK);
    }
}
