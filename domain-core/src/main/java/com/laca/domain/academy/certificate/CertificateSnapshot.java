package com.laca.domain.academy.certificate;

import com.laca.domain.academy.Texts;
import com.laca.domain.academy.course.CpdFacts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the certificate says, copied at issue, so renaming the course, changing its hours or the learner changing
 * their account name never rewrites a certificate already issued.
 *
 * @param learnerName         the learner's name as printed
 * @param courseTitle         the course's title at issue
 * @param issuer              the academy's name
 * @param accreditingBody     who accredits the course
 * @param accreditationNumber the body's reference
 * @param cpdHours            CPD hours awarded
 * @param participatoryHours  of which participatory
 */
public record CertificateSnapshot(String learnerName, String courseTitle, String issuer, String accreditingBody,
                                  String accreditationNumber, BigDecimal cpdHours, BigDecimal participatoryHours) {

    public CertificateSnapshot {
        learnerName = Texts.required(learnerName, "learner name", 200);
        courseTitle = Texts.required(courseTitle, "course title", 200);
        issuer = Texts.required(issuer, "issuer", 200);
        accreditingBody = Texts.required(accreditingBody, "accrediting body", 200);
        accreditationNumber = Texts.required(accreditationNumber, "accreditation number", 100);
        Objects.requireNonNull(cpdHours, "cpdHours");
        Objects.requireNonNull(participatoryHours, "participatoryHours");
    }

    /** The snapshot of a course version's CPD facts for one learner. */
    public static CertificateSnapshot of(String learnerName, String courseTitle, String issuer, CpdFacts cpd) {
        return new CertificateSnapshot(learnerName, courseTitle, issuer, cpd.accreditingBody(),
                cpd.accreditationNumber(), cpd.hours(), cpd.participatoryHours());
    }

    /** The same snapshot with a corrected name, for a reissue. */
    public CertificateSnapshot withLearnerName(String correctedName) {
        return new CertificateSnapshot(correctedName, courseTitle, issuer, accreditingBody, accreditationNumber,
                cpdHours, participatoryHours);
    }
}
