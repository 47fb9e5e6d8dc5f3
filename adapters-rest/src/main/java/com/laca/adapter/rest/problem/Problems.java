package com.laca.adapter.rest.problem;

import com.laca.application.clinic.port.in.WritingServiceUnavailableException;
import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.KeyReusedException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.application.shared.VersionConflictException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which problem an exception becomes, in one pure function the mappers and the error page share, so the same
 * failure always gives the same answer and only our own messages ever reach a client.
 */
public final class Problems {

    /** Our packages: their exception messages are written for clients; anyone else's may leak internals. */
    private static final String OWN_PACKAGE = "com.laca.";
    /** JSON-B implementations name the offending property as {@code property 'x'} or {@code property x}. */
    private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty:? '?([A-Za-z_][A-Za-z0-9_]*)'?");

    /** What a client is told while the database cannot be reached. */
    static final String DATABASE_UNREACHABLE =
            "The service cannot reach its database just now; please try again shortly.";

    /** Bounds the walk down a cause chain, which a hostile or buggy library could make cyclic. */
    static final int MAX_CAUSES = 20;

    private Problems() {
    }

    /** The problem an exception stands for; anything unforeseen becomes a generic 500. */
    public static Problem forException(Throwable failure) {
        Optional<BodyTooLargeException> tooLarge = causeOfType(failure, BodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get().limit());
        }
        if (causeOfType(failure, BodyReadTimedOutException.class).isPresent()) {
            return bodyTooSlow();
        }
        if (failure instanceof ProblemException e) {
            return e.problem();
        }
        if (failure instanceof InvalidInputException e) {
            return validation(e.fieldErrors());
        }
        if (failure instanceof ConstraintViolationException e) {
            return validation(ConstraintViolations.fieldErrors(e));
        }
        if (failure instanceof NotFoundException e) {
            return ProblemType.NOT_FOUND.problem(e.getMessage());
        }
        if (failure instanceof VersionConflictException e) {
            return ProblemType.STALE_VERSION.problem(e.getMessage());
        }
        if (failure instanceof KeyReusedException e) {
            return ProblemType.KEY_REUSED.problem(e.getMessage());
        }
        if (failure instanceof ConflictException e) {
            return ProblemType.CONFLICT.problem(e.getMessage());
        }
        if (failure instanceof PaymentGatewayUnavailableException) {
            return ProblemType.PAYMENT_PROCESSOR_UNAVAILABLE.problem(
                    "The payment processor could not be reached; repeat the same request (same Idempotency-Key) later.");
        }
        if (failure instanceof DepositUnavailableException e) {
            return ProblemType.PAYMENT_PROCESSOR_UNAVAILABLE.problem(e.getMessage()
                    + " The slot was released; please book again.");
        }
        if (failure instanceof WritingServiceUnavailableException e) {
            return ProblemType.WRITING_SERVICE_UNAVAILABLE.problem(e.getMessage());
        }
        if (failure instanceof AccessDeniedException e) {
            return ProblemType.FORBIDDEN.problem(e.getMessage().startsWith("requires permission ")
                    ? "Your role does not allow this (" + e.permission() + ")." : e.getMessage());
        }
        if (failure instanceof IllegalArgumentException e && isOurs(e) && e.getMessage() != null) {
            return ProblemType.VALIDATION.problem(e.getMessage());
        }
        Optional<InvalidInputException> badParameter = failure instanceof WebApplicationException
                ? causeOfType(failure, InvalidInputException.class) : Optional.empty();
        if (badParameter.isPresent()) {
            return validation(badParameter.get().fieldErrors());
        }
        if (failure instanceof WebApplicationException e) {
            return forWebApplicationException(e);
        }
        if (databaseUnreachable(failure)) {
            return ProblemType.UNAVAILABLE.problem(DATABASE_UNREACHABLE);
        }
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return malformedBody(failure);
        }
        return forStatus(500);
    }

    /** A validation problem listing each field and what is wrong with it. */
    public static Problem validation(Map<String, String> fieldErrors) {
        Map<String, String> sorted = new TreeMap<>(fieldErrors);
        String detail = String.join("; ", sorted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .toList());
        List<Problem.FieldError> errors = sorted.entrySet().stream()
                .map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList();
        return new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400, detail, null, errors);
    }

    /** 408 for a body that stopped coming, however it was being read. */
    public static Problem bodyTooSlow() {
        return ProblemType.REQUEST_TIMEOUT.problem(
                "The request body did not arrive in time; send the whole request again, without pauses.");
    }

    /** 413 for a body over the configured limit. */
    public static Problem tooLarge(long limit) {
        return ProblemType.PAYLOAD_TOO_LARGE.problem("The request body must not exceed " + limit + " bytes.");
    }

    /** The general problem for a bare HTTP status, with a fixed, safe detail. */
    public static Problem forStatus(int status) {
        return ProblemType.generalFor(status).map(t -> t.problem(genericDetail(status))).orElseGet(() -> {
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "HTTP " + status : known.getReasonPhrase();
            return new Problem("about:blank", title, status, title + ".", null, null);
        });
    }

    /** Wraps a problem into a {@code application/problem+json} response. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem forWebApplicationException(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400 && (causeOfType(e, JsonbException.class).isPresent()
                || causeOfType(e, ProcessingException.class).isPresent())) {
            return malformedBody(e);
        }
        return forStatus(status < 400 || status > 599 ? 500 : status);
    }

    private static Problem malformedBody(Throwable failure) {
        Optional<String> property = propertyPathIn(failure);
        if (property.isEmpty()) {
            return ProblemType.MALFORMED_BODY.problem("The request body is not valid JSON of the expected shape.");
        }
        String message = causeOfType(failure, InvalidJsonValueException.class)
                .map(InvalidJsonValueException::expectation).orElse("has the wrong type or format");
        return new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                "Malformed request body: " + property.get() + " " + message + ".", null,
                List.of(new Problem.FieldError(property.get(), message)));
    }

    /**
     * The offending property as a dotted path ({@code deposit.basisPoints}): the binder wraps the failure once per
     * nesting level, each wrapper naming its own property.
     */
    private static Optional<String> propertyPathIn(Throwable failure) {
        List<String> path = new ArrayList<>();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            if (t.getMessage() != null) {
                Matcher m = PROPERTY.matcher(t.getMessage());
                if (m.find() && (path.isEmpty() || !path.get(path.size() - 1).equals(m.group(1)))) {
                    path.add(m.group(1));
                }
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(String.join(".", path));
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the cause chain says the database could not be reached (SQL state class 08, a connection exception, or
     * the pool failing to hand out a connection): that is a 503 to retry, not a defect.
     */
    static boolean databaseUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof SQLException sql2 && sql2.getMessage() != null
                    && sql2.getMessage().startsWith("Error in allocating a connection")
                    || t.getClass().getName().endsWith(".resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOurs(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(OWN_PACKAGE);
    }

    private static String genericDetail(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 401 -> "A valid bearer access token is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This HTTP method is not allowed at this address.";
            case 406 -> "This API answers application/json only.";
            case 408 -> "The request was not received in time; send it again, all at once.";
            case 409 -> "The request conflicts with the current state.";
            case 412 -> "The record was changed by someone else; read it again and retry.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            case 428 -> "Send If-Match with the ETag you read.";
            case 429 -> "Too many attempts; try again later.";
            case 501 -> "This HTTP method is not supported by this server.";
            case 503 -> "The service is temporarily unavailable; try again later.";
            default -> "Something went wrong on our side; it has been logged.";
        };
    }
}
