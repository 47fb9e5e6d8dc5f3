package com.laca.domain.academy.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner answered to one question, one shape per kind of question; whether it fits the question is the
 * question's {@code problemWith} answer, checked before the response is saved.
 */
public sealed interface Response {

    /**
     * One option chosen (single choice).
     *
     * @param option the option's key
     */
    record SelectedOption(String option) implements Response {

        public SelectedOption {
            Objects.requireNonNull(option, "option");
        }
    }

    /**
     * Any number of options chosen, possibly none (multiple choice).
     *
     * @param options the options' keys
     */
    record SelectedOptions(Set<String> options) implements Response {

        public SelectedOptions {
            options = Set.copyOf(options);
        }
    }

    /**
     * True or false.
     *
     * @param value the learner's answer
     */
    record TrueOrFalse(boolean value) implements Response {
    }

    /**
     * A number with an optional unit, e.g. {@code 4 U} or {@code 0.1ml}.
     *
     * @param value the number exactly as typed; at most 30 significant digits and an exponent within ±30
     * @param unit  the unit as typed (trimmed), or empty
     */
    record NumberWithUnit(BigDecimal value, Optional<String> unit) implements Response {

        private static final int MAX_DIGITS = 30;
        private static final Pattern NUMBER = Pattern.compile(
                "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,2})?)\\s*(.*?)\\s*");

        public NumberWithUnit {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            BigDecimal plain = value.stripTrailingZeros();
            if (plain.precision() > MAX_DIGITS || Math.abs(plain.scale()) > MAX_DIGITS) {
                throw new IllegalArgumentException("a numeric answer may have at most " + MAX_DIGITS
                        + " digits and an exponent within ±" + MAX_DIGITS + ": " + value);
            }
            unit = unit.map(String::strip).filter(text -> !text.isEmpty());
            if (unit.isPresent() && unit.get().length() > 20) {
                throw new IllegalArgumentException("a unit must be at most 20 characters");
            }
        }

        /**
         * Reads what a learner typed: a number with a decimal point (never a comma, which reads as a thousands
         * separator in the UK and as a decimal point elsewhere), then optionally a unit.
         *
         * @throws IllegalArgumentException naming what could not be read
         */
        public static NumberWithUnit parse(String typed) {
            Objects.requireNonNull(typed, "typed");
            if (typed.length() > 60) {
                throw new IllegalArgumentException("a numeric answer must be at most 60 characters");
            }
            Matcher matcher = NUMBER.matcher(typed);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + typed + "' is not a number (write it like 0.25, "
                        + "with a decimal point and no thousands separators)");
            }
            String unit = matcher.group(2);
            boolean numberGoesOn = !unit.isEmpty()
                    && (unit.charAt(0) == ',' || unit.charAt(0) == '.' || Character.isDigit(unit.charAt(0)));
            if (numberGoesOn) {
                throw new IllegalArgumentException("'" + typed + "' is not a number (write it like 0.25, "
                        + "with a decimal point and no thousands separators)");
            }
            return new NumberWithUnit(new BigDecimal(matcher.group(1)), Optional.of(unit));
        }
    }

    /**
     * Free text (short answer or essay).
     *
     * @param text as typed; limits depend on the question
     */
    record Text(String text) implements Response {

        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Pairs chosen in a matching question; prompts left out count as unmatched.
     *
     * @param pairs prompt key to answer key
     */
    record Pairs(Map<String, String> pairs) implements Response {

        public Pairs {
            pairs = Map.copyOf(pairs);
        }
    }

    /**
     * Items in the order the learner put them (ordering question).
     *
     * @param items item keys, first to last
     */
    record Sequence(List<String> items) implements Response {

        public Sequence {
            items = List.copyOf(items);
        }
    }
}
