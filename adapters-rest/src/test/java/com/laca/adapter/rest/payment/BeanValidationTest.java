package com.laca.adapter.rest.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import com.laca.application.shared.InvalidInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A request refused by Bean Validation is answered as the hand-written checks answer")
class BeanValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    /** What Jersey does before it calls the resource method: validates its parameters. */
    private <T> Problem refusal(T resource, Method method, Object... arguments) {
        var violations = validator.forExecutables().validateParameters(resource, method, arguments);
        assertThat(violations).isNotEmpty();
        return Problems.forException(new ConstraintViolationException(violations));
    }

    @Test
    @DisplayName("a connected account without its id: 400, the field named connectedAccountId, as the hand check said")
    void sameProblemAsTheHandCheck() throws Exception {
        Method setAccount = PaymentAdminResource.class.getMethod("setAccount", String.class,
                ConnectedAccountRequest.class);

        Problem problem = refusal(new PaymentAdminResource(), setAccount, "tenant",
                new ConnectedAccountRequest(" "));

        assertThat(problem).isEqualTo(Problems.forException(
                new InvalidInputException("connectedAccountId", "is required")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("connectedAccountId");
    }

    @Test
    @DisplayName("a nested field is named by its path (client.email), never by the method or its Java parameter")
    void nestedField() throws Exception {
        Problem problem = refusal(new Endpoints(), Endpoints.class.getMethod("book", Booking.class),
                new Booking(new Client("not an address")));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("client.email");
    }

    @Test
    @DisplayName("a missing query parameter is named by the parameter's own name")
    void parameter() throws Exception {
        Problem problem = refusal(new Endpoints(), Endpoints.class.getMethod("calendar", String.class),
                (Object) null);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("from");
        assertThat(problem.errors()).extracting(Problem.FieldError::message).containsExactly("is required");
    }

    @Test
    @DisplayName("a request without its JSON body: 400 naming the field body, as the hand check said")
    void missingBody() throws Exception {
        Problem problem = refusal(new Endpoints(), Endpoints.class.getMethod("book", Booking.class), (Object) null);

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("body", Bodies.REQUIRED));
    }

    @Test
    @DisplayName("a page size out of range names the parameter and its bounds")
    void pageSize() throws Exception {
        Problem problem = refusal(new Endpoints(), Endpoints.class.getMethod("list", Integer.class), 101);

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("size", Paging.SIZE_RANGE));
    }

    record Client(@Email(message = "must be an e-mail address") String email) {
    }

    record Booking(@Valid @NotNull Client client) {
    }

    /** Resource methods as a converted endpoint would declare them. */
    static class Endpoints {
        public void book(@NotNull(message = Bodies.REQUIRED) @Valid Booking booking) {
        }

        public void list(@PageSize @QueryParam("size") Integer size) {
        }

        public void calendar(@NotBlank(message = "is required") @QueryParam("from") String from) {
        }
    }
}
