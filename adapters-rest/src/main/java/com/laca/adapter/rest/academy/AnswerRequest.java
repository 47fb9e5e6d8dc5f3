package com.laca.adapter.rest.academy;

import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.question.Response;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trainee's answer to one question, naming the attempt's {@code sequence} the page was built from (a stale page is
 * refused, never saved over a newer answer), and exactly one of: {@code option} (single choice), {@code options}
 * (multiple choice), {@code trueOrFalse}, {@code number} (as typed, e.g. "4 U"; a decimal point, no comma),
 * {@code text} (short text or essay), {@code pairs} (matching: prompt key to answer key) or {@code order} (ordering).
 */
@Schema(name = "AnswerRequest", requiredProperties = {"sequence"})
public record AnswerRequest(
        @NotNull(message = "is required") @Min(value = 0, message = "must not be negative") Integer sequence,
        @Size(max = 100, message = "must be at most 100 characters") String option,
        @Size(max = 20, message = "at most 20 options") List<String> options,
        Boolean trueOrFalse,
        @Size(max = 60, message = "must be at most 60 characters") String number,
        @Size(max = 20_000, message = "must be at most 20000 characters") String text,
        @Size(max = 20, message = "at most 20 pairs") Map<String, String> pairs,
        @Size(max = 20, message = "at most 20 items") List<String> order) {

    Response toResponse() {
        List<Response> given = new ArrayList<>();
        if (option != null) {
            given.add(new Response.SelectedOption(option));
        }
        if (options != null) {
            given.add(new Response.SelectedOptions(new LinkedHashSet<>(options.stream().filter(Objects::nonNull)
                    .toList())));
        }
        if (trueOrFalse != null) {
            given.add(new Response.TrueOrFalse(trueOrFalse));
        }
        if (number != null) {
            try {
                given.add(Response.NumberWithUnit.parse(number));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("number", e.getMessage() == null ? "is not a number" : e.getMessage());
            }
        }
        if (text != null) {
            given.add(new Response.Text(text));
        }
        if (pairs != null) {
            given.add(new Response.Pairs(pairs));
        }
        if (order != null) {
            given.add(new Response.Sequence(order));
        }
        if (given.size() != 1) {
            throw new InvalidInputException("answer", "give exactly one of option, options, trueOrFalse, number, "
                    + "text, pairs or order");
        }
        return given.get(0);
    }
}
