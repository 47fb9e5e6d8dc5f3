package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One completed medical questionnaire: the answers, the questionnaire version they answer, when they were given and
 * when the client last confirmed they still hold; it never changes its answers, a new screening replaces it.
 *
 * @param id                   the screening
 * @param client               whose answers
 * @param questionnaireVersion the version the client was shown
 * @param categories           the treatment categories it was answered for
 * @param answers              the validated answers
 * @param answeredAt           when they were given
 * @param confirmedAt          when the client last confirmed they still hold ({@code answeredAt} at first)
 */
public record Screening(ScreeningId id, ClientId client, String questionnaireVersion, Set<TreatmentCategory> categories,
                        Answers answers, Instant answeredAt, Instant confirmedAt) {

    public Screening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("a screening covers at least one category");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (confirmedAt.isBefore(answeredAt)) {
            throw new IllegalArgumentException("a screening cannot be confirmed before it was answered");
        }
    }

    /** A screening just answered. */
    public static Screening answered(ScreeningId id, ClientId client, String questionnaireVersion,
                                     Set<TreatmentCategory> categories, Answers answers, Instant at) {
        return new Screening(id, client, questionnaireVersion, categories, answers, at, at);
    }

    /** The same answers, confirmed by the client as still true at {@code at}. */
    public Screening reconfirmed(Instant at) {
        if (at.isBefore(confirmedAt)) {
            throw new IllegalArgumentException("a reconfirmation cannot precede the last one");
        }
        return new Screening(id, client, questionnaireVersion, categories, answers, answeredAt, at);
    }

    /** Whether it was answered for the category. */
    public boolean covers(TreatmentCategory category) {
        return categories.contains(category);
    }

    /**
     * Whether the answers are still valid on the treatment's local date: the last valid day is the local date of
     * answering plus the validity period.
     */
    public boolean isValidOn(LocalDate treatmentDate, ZoneId zone, SafetySettings settings) {
        LocalDate answeredOn = LocalDate.ofInstant(answeredAt, zone);
        return !treatmentDate.isAfter(answeredOn.plus(settings.screeningValidity()));
    }

    /**
     * Whether the client confirmed the answers close enough before the treatment: on or after the treatment date
     * minus the reconfirmation window, and not after the treatment starts.
     */
    public boolean isReconfirmedFor(Instant treatmentStart, ZoneId zone, SafetySettings settings) {
        LocalDate treatmentDate = LocalDate.ofInstant(treatmentStart, zone);
        LocalDate confirmedOn = LocalDate.ofInstant(confirmedAt, zone);
        return !confirmedAt.isAfter(treatmentStart)
                && !confirmedOn.isBefore(treatmentDate.minus(settings.reconfirmationWindow()));
    }

    @Override
    public String toString() {
        return "Screening[" + id + ", questionnaire " + questionnaireVersion + ", " + categories + ", answered "
                + answeredAt + ", " + answers + "]";
    }
}
