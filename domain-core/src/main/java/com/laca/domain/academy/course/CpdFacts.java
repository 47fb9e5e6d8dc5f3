package com.laca.domain.academy.course;

import com.laca.domain.academy.Profession;
import com.laca.domain.academy.Texts;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The facts a course is accredited with, printed on certificates and CPD records: hours, who accredits it and under
 * which number, its level and whom it is for.
 *
 * @param hours               CPD hours, positive, at most two decimal places
 * @param participatoryHours  of those, hours learning with others (taught sessions, supervised practice), as the NMC
 *                            counts them; 0 to {@code hours}
 * @param accreditingBody     e.g. "The CPD Certification Service"
 * @param accreditationNumber the body's reference for this course
 * @param level               how advanced it is
 * @param targetProfessions   whom it is for; at least one
 */
public record CpdFacts(BigDecimal hours, BigDecimal participatoryHours, String accreditingBody,
                       String accreditationNumber, CourseLevel level, Set<Profession> targetProfessions) {

    public CpdFacts {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(participatoryHours, "participatoryHours");
        if (hours.signum() <= 0 || hours.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("CPD hours are positive with at most two decimal places: " + hours);
        }
        if (participatoryHours.signum() < 0 || participatoryHours.compareTo(hours) > 0
                || participatoryHours.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("participatory hours are between 0 and the CPD hours");
        }
        accreditingBody = Texts.required(accreditingBody, "accrediting body", 200);
        accreditationNumber = Texts.required(accreditationNumber, "accreditation number", 100);
        Objects.requireNonNull(level, "level");
        if (targetProfessions.isEmpty()) {
            throw new IllegalArgumentException("a course is for at least one profession");
        }
        targetProfessions = Set.copyOf(EnumSet.copyOf(targetProfessions));
    }
}
