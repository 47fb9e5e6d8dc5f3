package com.laca.adapter.rest.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Bounds a zero-based page number, declared once so every list endpoint refuses the same values with the same message. */
@Min(0)
@Max(Paging.MAX_PAGE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface PageNumber {

    String message() default Paging.PAGE_RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
