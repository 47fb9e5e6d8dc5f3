package com.laca.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.Caller;
import com.laca.domain.identity.Role;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallerFromTokenTest {

    private final String user = UUID.randomUUID().toString();
    private final String tenant = UUID.randomUUID().toString();

    @Test
    @DisplayName("the caller's user, tenant and roles come from the verified token")
    void buildsTheCaller() {
        Caller caller = CallerFromToken.toCaller(token(user, tenant, Set.of("OWNER", "FRONTDESK")));

        assertThat(caller.userId().toString()).isEqualTo(user);
        assertThat(caller.tenantId().toString()).isEqualTo(tenant);
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.OWNER, Role.FRONTDESK);
    }

    @Test
    @DisplayName("groups that name no role are ignored rather than trusted")
    void ignoresUnknownGroups() {
        Caller caller = CallerFromToken.toCaller(token(user, tenant, Set.of("OWNER", "superuser", "owner")));

        assertThat(caller.roles()).containsExactly(Role.OWNER);
    }

    @Test
    @DisplayName("no token, or one without a usable subject or tenant, is a 401")
    void refusesIncompleteTokens() {
        assertThatThrownBy(() -> CallerFromToken.toCaller(null)).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> CallerFromToken.toCaller(token(null, null, Set.of())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> CallerFromToken.toCaller(token(user, null, Set.of("OWNER"))))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> CallerFromToken.toCaller(token(user, "demo-clinic", Set.of("OWNER"))))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> CallerFromToken.toCaller(token("ana@clinic.uk", tenant, Set.of("OWNER"))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    @DisplayName("every role has a constant for @DeclareRoles, so no role is unknown to the container")
    void everyRoleIsListed() {
        Set<String> constants = Arrays.stream(StaffRoles.class.getFields()).map(f -> {
            try {
                return (String) f.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());

        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }

    private static JsonWebToken token(String subject, String tenant, Set<String> groups) {
        Map<String, Object> claims = new HashMap<>();
        if (subject != null) {
            claims.put("sub", subject);
        }
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        claims.put("groups", groups);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
