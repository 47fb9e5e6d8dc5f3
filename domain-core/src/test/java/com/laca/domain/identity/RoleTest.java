package com.laca.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which roles belong to a clinic's staff")
class RoleTest {

    @Test
    @DisplayName("Owners, managers, practitioners, reception, finance and instructors are staff")
    void staffRoles() {
        assertThat(Arrays.stream(Role.values()).filter(Role::isClinicStaff)).containsExactlyInAnyOrder(Role.OWNER,
                Role.MANAGER, Role.PRACTITIONER, Role.FRONTDESK, Role.FINANCE, Role.INSTRUCTOR);
    }

    @Test
    @DisplayName("Students and clients are people the clinic serves, and the platform administrator runs no clinic")
    void notStaff() {
        assertThat(Role.STUDENT.isClinicStaff()).isFalse();
        assertThat(Role.CLIENT.isClinicStaff()).isFalse();
        assertThat(Role.PLATFORM_ADMIN.isClinicStaff()).isFalse();
    }
}
