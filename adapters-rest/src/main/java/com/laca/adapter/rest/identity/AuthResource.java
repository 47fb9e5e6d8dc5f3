package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.Problems;
import com.laca.adapter.rest.security.SecurityLog;
import com.laca.application.identity.port.in.AuthResult;
import com.laca.application.identity.port.in.LoginUseCase;
import com.laca.application.identity.port.in.LogoutUseCase;
import com.laca.application.identity.port.in.RefreshUseCase;
import com.laca.application.identity.port.in.SetPasswordUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signs staff in and out and rotates their tokens; every {@link AuthResult} variant is mapped explicitly and an
 * unknown one is a 500, so no failed sign-in can ever answer 200.
 */
@Path("/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Sign-in, token refresh, sign-out and setting a password.")
@SecurityScheme(securitySchemeName = "bearerJwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "The accessToken from POST /api/auth/login.")
@APIResponse(responseCode = "400", description = "Missing fields or malformed JSON",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuthResource {

    @Inject
    LoginUseCase login;
    @Inject
    RefreshUseCase refresh;
    @Inject
    LogoutUseCase logout;
    @Inject
    SetPasswordUseCase setPassword;
    @Inject
    Clock clock;

    @Context
    private HttpServletRequest servletRequest;

    @POST
    @Path("/login")
    @Operation(operationId = "login",
            summary = "Sign in", description = "Exchanges tenant slug, e-mail and password for an RS256 access "
            + "token (about 15 minutes) and a refresh token.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong tenant, e-mail or password (deliberately not saying which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failures for this account or address",
            headers = @Header(name = "Retry-After", description = "seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response login(@NotNull(message = Bodies.REQUIRED) @Valid LoginRequest request) {
        String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
        return answer(login.login(request.toCommand(address)),
                "a sign-in (wrong clinic, e-mail or password)");
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshSession",
            summary = "Rotate the refresh token", description = "Each refresh token works once; presenting a "
            + "rotated one again revokes the whole session.")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refresh(@NotNull(message = Bodies.REQUIRED) @Valid RefreshTokenRequest request) {
        return answer(refresh.refresh(request.token()),
                "a refresh token (unknown, expired, revoked or reused)");
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout",
            summary = "Sign out", description = "Revokes the refresh token's session; unknown tokens are ignored.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@NotNull(message = Bodies.REQUIRED) @Valid RefreshTokenRequest request) {
        logout.logout(request.token());
        return Response.noContent().build();
    }

    @POST
    @Path("/password")
    @Operation(operationId = "setPassword",
            summary = "Set a password", description = "With the one-time token from an invitation or reset; "
            + "the token is spent by doing so.")
    @APIResponse(responseCode = "204", description = "Password set")
    public Response setPassword(@NotNull(message = Bodies.REQUIRED) @Valid SetPasswordRequest body) {
        if (!setPassword.setPassword(body.oneTimeToken(), body.password())) {
            logRefused("a one-time token (unknown, used or expired)");
            Problem invalid = ProblemType.INVALID_ONE_TIME_TOKEN.problem(
                    "The link is unknown, already used or expired; ask for a new one.");
            return Problems.response(new Problem(invalid.type(), invalid.title(), invalid.status(), invalid.detail(),
                    null, List.of(new Problem.FieldError("token", "is unknown, used or expired"))));
        }
        return Response.noContent().build();
    }

    /**
     * Java 17 has no pattern switch; the final throw keeps an unmapped new variant from ever answering 200.
     *
     * @param refused how the security log names a refusal of invalid credentials
     */
    private Response answer(AuthResult result, String refused) {
        if (result instanceof AuthResult.Authenticated ok) {
            return Response.ok(TokenResponse.from(ok.tokens(), clock.instant()))
                    .cacheControl(noStore()).header("Pragma", "no-cache").build();
        }
        if (result instanceof AuthResult.InvalidCredentials) {
            logRefused(refused);
            return Problems.response(ProblemType.INVALID_CREDENTIALS.problem(
                    "The clinic, e-mail or password is wrong, or the session has ended."));
        }
        if (result instanceof AuthResult.Throttled throttled) {
            logRefused("a sign-in (too many failures for the account or address, locked until "
                    + throttled.retryAfter() + ")");
            return Response.fromResponse(Problems.response(
                            ProblemType.TOO_MANY_REQUESTS.problem("Too many failed sign-ins; try again later.")))
                    .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(throttled.retryAfter())).build();
        }
        throw new IllegalStateException("unmapped sign-in result " + result.getClass().getSimpleName());
    }

    private void logRefused(String what) {
        if (servletRequest != null) {
            SecurityLog.refused(what, servletRequest.getMethod(), servletRequest.getRequestURI(),
                    servletRequest.getRemoteAddr());
        }
    }

    private long retryAfterSeconds(Instant retryAfter) {
        Duration wait = Duration.between(clock.instant(), retryAfter);
        return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
