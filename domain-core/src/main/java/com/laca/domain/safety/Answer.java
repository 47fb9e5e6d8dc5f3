package com.laca.domain.safety;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One validated answer, typed so rules never parse text; {@link #toString()} hides the value because answers are
 * medical data and must never reach a log.
 */
public sealed interface Answer {

    /** The answer in the text form clients send and rules compare with. */
    String text();

    /** A yes-or-no answer. */
    record YesNo(boolean yes) implements Answer {

        @Override
        public String text() {
            return yes ? "yes" : "no";
        }

        @Override
        public String toString() {
            return "YesNo[redacted]";
        }
    }

    /** A date answer, e.g. when a medicine was stopped. */
    record DateValue(LocalDate date) implements Answer {

        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String text() {
            return date.toString();
        }

        @Override
        public String toString() {
            return "DateValue[redacted]";
        }
    }

    /** One of a question's options. */
    record Choice(String option) implements Answer {

        public Choice {
            Objects.requireNonNull(option, "option");
        }

        @Override
        public String text() {
            return option;
        }

        @Override
        public String toString() {
            return "Choice[redacted]";
        }
    }

    /** Free text for the practitioner. */
    record Text(String value) implements Answer {

        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }

        @Override
        public String toString() {
            return "Text[redacted]";
        }
    }
}
