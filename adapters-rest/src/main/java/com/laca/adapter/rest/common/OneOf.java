package com.laca.adapter.rest.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

/**
 * A text field that must name a constant of the given enum: validated like any constraint ("must be one of ..."),
 * and listed as the field's {@code enum} in the API description, so the allowed values are declared once, by the enum.
 */
@Constraint(validatedBy = OneOf.Check.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

    /** The enum whose constant names are the allowed values. */
    Class<? extends Enum<?>> value();

    String message() default "must be one of the listed values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts a missing value (that is {@code @NotBlank}'s business) or the exact name of a constant. */
    class Check implements ConstraintValidator<OneOf, String> {

        private List<String> names = List.of();

        @Override
        public void initialize(OneOf annotation) {
            names = names(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || names.contains(value.trim())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", names))
                    .addConstraintViolation();
            return false;
        }

        /** The constant names of the enum, in declaration order. */
        static List<String> names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }
}
