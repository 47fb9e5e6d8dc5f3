package com.laca.domain.academy.cpd;

import com.laca.domain.academy.Texts;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a learner's CPD log: method, topic, dates, hours, whether it was participatory, and where the evidence
 * is, as the NMC's revalidation CPD log asks (the link to the Code is the learner's own reflection and is left to
 * them).
 *
 * @param from          the first day of the activity
 * @param to            the last day, not before {@code from}
 * @param hours         positive, at most two decimal places
 * @param participatory whether it involved learning with other professionals
 * @param evidence      the certificate's public verification address
 */
public record CpdRecordEntry(CpdMethod method, String topic, LocalDate from, LocalDate to, BigDecimal hours,
                             boolean participatory, URI evidence) {

    public CpdRecordEntry {
        Objects.requireNonNull(method, "method");
        topic = Texts.required(topic, "topic", 300);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a CPD activity cannot end before it starts");
        }
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0 || hours.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("CPD hours are positive with at most two decimal places: " + hours);
        }
        Objects.requireNonNull(evidence, "evidence");
    }
}
