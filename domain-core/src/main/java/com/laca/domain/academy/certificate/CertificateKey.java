package com.laca.domain.academy.certificate;

import com.laca.domain.academy.CourseId;
import com.laca.domain.shared.UserId;
import java.util.Objects;

/**
 * What makes a certificate unique: one learner, one course version, one award cycle. Issuing twice with the same key
 * returns the first certificate, so a retried or concurrent completion never issues two.
 *
 * @param courseVersion the version completed
 * @param awardCycle    1 for the first award; recertification (a refresher after expiry) counts up
 */
public record CertificateKey(UserId learner, CourseId course, int courseVersion, int awardCycle) {

    public CertificateKey {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(course, "course");
        if (courseVersion < 1 || awardCycle < 1) {
            throw new IllegalArgumentException("course versions and award cycles count from 1");
        }
    }

    /** The key of the next recertification. */
    public CertificateKey nextCycle(int version) {
        return new CertificateKey(learner, course, version, awardCycle + 1);
    }

    /** A stable text form for a unique constraint or an idempotency record. */
    public String idempotencyKey() {
        return "certificate:" + learner + ":" + course + ":v" + courseVersion + ":c" + awardCycle;
    }
}
