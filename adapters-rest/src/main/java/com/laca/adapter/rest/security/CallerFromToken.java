package com.laca.adapter.rest.security;

import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.shared.Caller;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import jakarta.json.JsonString;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Builds the use-case {@link Caller} from a token MicroProfile JWT has already verified, so the tenant always comes
 * from a signature and never from a request body; this class never parses or verifies tokens itself.
 */
public final class CallerFromToken {

    /** The {@code WWW-Authenticate} challenge of every 401. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"laca\"";

    private CallerFromToken() {
    }

    /**
     * The caller the token speaks for; an absent token, or one without a usable subject or tenant, is answered with
     * 401 rather than guessed at. Groups that name no {@link Role} are ignored.
     */
    public static Caller toCaller(JsonWebToken token) {
        if (token == null) {
            throw unauthorized();
        }
        UserId user = parse(token.getSubject()).map(UserId::parse).orElseThrow(CallerFromToken::unauthorized);
        TenantId tenant = tenantOf(token).orElseThrow(CallerFromToken::unauthorized);
        return new Caller(user, tenant, roles(token.getGroups()));
    }

    /** The clinic the token speaks for, if its {@code tenant} claim names one. */
    public static Optional<TenantId> tenantOf(JsonWebToken token) {
        return parse(token.<Object>getClaim(AccessTokenIssuer.TENANT_CLAIM)).map(TenantId::parse);
    }

    private static Set<Role> roles(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups != null) {
            for (Role role : Role.values()) {
                if (groups.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** A UUID-shaped string value of a claim, whether the runtime hands it over as a String or a JSON string. */
    private static Optional<String> parse(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim instanceof JsonString json ? json.getString() : claim.toString();
        try {
            return Optional.of(UUID.fromString(text).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NotAuthorizedException unauthorized() {
        return new NotAuthorizedException(BEARER_CHALLENGE);
    }
}
