package com.laca.adapter.rest.problem;

import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.shared.PaymentGatewayUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.KeyReusedException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.identity.Permission;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    @DisplayName("application exceptions become 404, 412, 409, 400 and 403 problems with stable types")
    void mapsApplicationExceptions() {
        assertThat(Problems.forException(new NotFoundException("treatment", "x")))
                .extracting(Problem::status, Problem::type).containsExactly(404, "https://laca.dev/problems/not-found");
        assertThat(Problems.forException(new VersionConflictException("treatment", "x")))
                .extracting(Problem::status, Problem::type)
                .containsExactly(412, "https://laca.dev/problems/stale-version");
        assertThat(Problems.forException(new ConflictException("slug taken")))
                .extracting(Problem::status, Problem::detail).containsExactly(409, "slug taken");
        assertThat(Problems.forException(new AccessDeniedException(Permission.SETTINGS_MANAGE)).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("a key (Idempotency-Key, receipt number) sent again for a different request is a 422 key-reused")
    void keyReused() {
        assertThat(Problems.forException(new KeyReusedException("Receipt R-1 was recorded for 20.00 GBP.")))
                .extracting(Problem::status, Problem::type, Problem::detail)
                .containsExactly(422, "https://laca.dev/problems/key-reused", "Receipt R-1 was recorded for 20.00 GBP.");
        assertThat(ProblemType.generalFor(422)).isEmpty();
    }

    @Test
    @DisplayName("an unreachable payment processor is a 503 telling the client to retry, never a 500")
    void paymentProcessorUnavailable() {
        assertThat(Problems.forException(new PaymentGatewayUnavailableException("timed out")))
                .extracting(Problem::status, Problem::type)
                .containsExactly(503, "https://laca.dev/problems/payment-processor-unavailable");
        Problem released = Problems.forException(new DepositUnavailableException("no card payment", null));
        assertThat(released.status()).isEqualTo(503);
        assertThat(released.detail()).contains("slot was released");
        assertThat(ProblemType.generalFor(409)).contains(ProblemType.CONFLICT);
        assertThat(ProblemType.generalFor(503)).contains(ProblemType.UNAVAILABLE);
    }

    @Test
    @DisplayName("a body that stopped arriving is a 408, not a malformed body; a database time-out is still a 503")
    void bodyThatNeverCame() {
        BodyReadTimedOutException timedOut = new BodyReadTimedOutException(new IOException(new TimeoutException()));
        assertThat(Problems.forException(new ProcessingException(timedOut)))
                .extracting(Problem::status, Problem::type)
                .containsExactly(408, "https://laca.dev/problems/request-timeout");
        assertThat(Problems.forException(new BadRequestException(new ProcessingException(timedOut))).status())
                .isEqualTo(408);
        assertThat(Problems.forException(new ProcessingException(new IOException(new TimeoutException()))).status())
                .as("a time-out not raised while reading the body").isEqualTo(400);
        assertThat(Problems.forException(new IllegalStateException(new SQLException("The connection attempt failed.",
                "08001", new SocketTimeoutException()))).status()).isEqualTo(503);
    }

    @Test
    @DisplayName("invalid input is a 400 validation problem listing each field")
    void validationNamesFields() {
        Problem problem = Problems.forException(new InvalidInputException("category", "must be one of A, B"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/validation");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("category", "must be one of A, B"));
        assertThat(problem.detail()).isEqualTo("category: must be one of A, B");
    }

    @Test
    @DisplayName("a broken domain invariant is a 400 carrying the domain's message")
    void domainInvariantsAreBadRequests() {
        IllegalArgumentException fromDomain = catchFromDomain();

        Problem problem = Problems.forException(fromDomain);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).startsWith("resource type must be");
    }

    @Test
    @DisplayName("an IllegalArgumentException from someone else's code is a 500 that does not repeat its message")
    void foreignIllegalArgumentsAreInternal() {
        IllegalArgumentException foreign = catchForeign();

        Problem problem = Problems.forException(foreign);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("secret-table");
    }

    @Test
    @DisplayName("malformed JSON is a 400 malformed-body problem naming the property when the binder names it")
    void malformedBodies() {
        Problem named = Problems.forException(new BadRequestException(new ProcessingException("Error reading entity",
                new JsonbException("Unable to deserialize property 'durationMinutes' because of: bad number"))));
        Problem unnamed = Problems.forException(new JsonbException("Unexpected char 39 at (line no=1)"));

        assertThat(named.type()).isEqualTo("https://laca.dev/problems/malformed-body");
        assertThat(named.errors()).extracting(Problem.FieldError::field).containsExactly("durationMinutes");
        assertThat(named.detail()).doesNotContain("bad number");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.detail()).doesNotContain("39");
    }

    @Test
    @DisplayName("JAX-RS errors keep their status but get a problem body with a fixed detail")
    void keepsJaxRsStatuses() {
        assertThat(Problems.forException(new NotAllowedException("GET")).status()).isEqualTo(405);
        assertThat(Problems.forException(new NotSupportedException()).status()).isEqualTo(415);
        assertThat(Problems.forException(new NotAuthorizedException("Bearer")).type())
                .isEqualTo("https://laca.dev/problems/unauthorized");
        assertThat(Problems.forException(new jakarta.ws.rs.NotFoundException("vendor text")).detail())
                .doesNotContain("vendor text");
        assertThat(Problems.forStatus(418).type()).isEqualTo("about:blank");
    }

    @Test
    @DisplayName("a body over the limit is a 413 wherever the parser wrapped the signal")
    void tooLargeWins() {
        Problem problem = Problems.forException(new JsonbException("parse failed",
                new RuntimeException(new BodyTooLargeException(65536))));

        assertThat(problem.status()).isEqualTo(413);
    }

    @Test
    @DisplayName("anything unforeseen is a generic 500 without the exception's message")
    void unexpectedIsGeneric() {
        Problem problem = Problems.forException(new IllegalStateException("at com.vendor.Driver password=hunter2",
                new SQLException("relation clients")));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/internal");
        assertThat(problem.detail()).doesNotContain("hunter2").doesNotContain("clients");
    }

    @Test
    @DisplayName("the response is application/problem+json and absent fields are left out of the JSON")
    void responseShape() throws Exception {
        Response response = Problems.response(Problems.forStatus(404));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(response.getEntity());

            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
            assertThat(json).contains("\"type\":\"https://laca.dev/problems/not-found\"", "\"status\":404")
                    .doesNotContain("errors").doesNotContain("instance");
        }
    }

    private static IllegalArgumentException catchFromDomain() {
        try {
            new ResourceType("laser");
            throw new AssertionError("expected the domain to refuse");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    private static IllegalArgumentException catchForeign() {
        try {
            UUID.fromString("secret-table");
            throw new AssertionError("expected the JDK to refuse");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }
}
