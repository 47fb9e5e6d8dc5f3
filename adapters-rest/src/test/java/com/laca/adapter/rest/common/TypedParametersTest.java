package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Typed query parameters answer a malformed value as the hand-written checks did")
class TypedParametersTest {

    private final TypedParameters provider = new TypedParameters();

    @SuppressWarnings("unused")
    void endpoint(@QueryParam("from") LocalDate from, @QueryParam("at") Instant at,
                  @QueryParam("treatment") UUID treatment, @QueryParam("day") DayOfWeek day,
                  @Min(0) @Max(9) @QueryParam("page") Integer page, @PathParam("id") UUID id,
                  @PageSize @QueryParam("size") Integer size) {
    }

    private <T> ParamConverter<T> converter(Class<T> type, int index) throws Exception {
        Method method = getClass().getDeclaredMethod("endpoint", LocalDate.class, Instant.class, UUID.class,
                DayOfWeek.class, Integer.class, UUID.class, Integer.class);
        Annotation[] annotations = method.getParameterAnnotations()[index];
        return provider.getConverter(type, type, annotations);
    }

    private Problem refusal(ParamConverter<?> converter, String text) {
        Throwable thrown = catchThrowable(() -> converter.fromString(text));
        assertThat(thrown).isInstanceOf(BadRequestException.class);
        return Problems.forException(thrown);
    }

    @Test
    @DisplayName("a date, an instant, an id, a day and a number are read from their usual texts")
    void reads() throws Exception {
        assertThat(converter(LocalDate.class, 0).fromString("2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(converter(Instant.class, 1).fromString("2026-12-01T09:00:00+01:00"))
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        UUID id = UUID.randomUUID();
        assertThat(converter(UUID.class, 2).fromString(id.toString())).isEqualTo(id);
        assertThat(converter(DayOfWeek.class, 3).fromString("MONDAY")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(converter(Integer.class, 4).fromString(" 3 ")).isEqualTo(3);
    }

    @Test
    @DisplayName("a blank value counts as absent, so @NotNull reports it as required")
    void blankIsAbsent() throws Exception {
        assertThat(converter(LocalDate.class, 0).fromString(" ")).isNull();
    }

    @Test
    @DisplayName("a malformed value is a 400 validation problem naming the parameter, with today's message")
    void malformed() throws Exception {
        assertThat(refusal(converter(LocalDate.class, 0), "01/12/2026").errors())
                .containsExactly(new Problem.FieldError("from", "must be a date such as 2026-12-01"));
        assertThat(refusal(converter(UUID.class, 2), "not-a-uuid").errors()).extracting(Problem.FieldError::field)
                .containsExactly("treatment");
        assertThat(refusal(converter(DayOfWeek.class, 3), "FUNDAY").errors()).containsExactly(
                new Problem.FieldError("day", "must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, "
                        + "SATURDAY, SUNDAY"));
        Problem notANumber = refusal(converter(Integer.class, 4), "ten");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.errors()).containsExactly(
                new Problem.FieldError("page", "must be a whole number from 0 to 9"));
        assertThat(refusal(converter(Integer.class, 6), "many").errors())
                .containsExactly(new Problem.FieldError("size", Paging.SIZE_RANGE));
    }

    @Test
    @DisplayName("path parameters keep JAX-RS's own conversion: an id that is not a UUID names no record")
    void pathParametersUntouched() throws Exception {
        assertThat(converter(UUID.class, 5)).isNull();
    }
}
