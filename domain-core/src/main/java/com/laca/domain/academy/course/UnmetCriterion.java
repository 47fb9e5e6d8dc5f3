package com.laca.domain.academy.course;

import java.util.Objects;

/**
 * One part of completion not met yet, with what is missing in words.
 *
 * @param detail e.g. "3 of 12 required lessons to go"
 */
public record UnmetCriterion(CompletionCriterion criterion, String detail) {

    public UnmetCriterion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(detail, "detail");
    }
}
