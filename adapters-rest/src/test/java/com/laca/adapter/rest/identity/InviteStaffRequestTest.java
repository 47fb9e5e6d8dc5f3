package com.laca.adapter.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.Role;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InviteStaffRequestTest {

    @Test
    @DisplayName("a role error lists only the roles a clinic may give its staff, never PLATFORM_ADMIN, which is refused")
    void roleChoices() {
        assertThat(new InviteStaffRequest("jo@example.com", "Jo", List.of("FRONTDESK")).toCommand().roles())
                .containsExactly(Role.FRONTDESK);
        for (String role : List.of("WIZARD", "PLATFORM_ADMIN", "CLIENT")) {
            assertThatThrownBy(() -> new InviteStaffRequest("jo@example.com", "Jo", List.of(role)).toCommand())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("roles"))
                            .isEqualTo("must be one of OWNER, MANAGER, PRACTITIONER, FRONTDESK, FINANCE, INSTRUCTOR"));
        }
    }
}
