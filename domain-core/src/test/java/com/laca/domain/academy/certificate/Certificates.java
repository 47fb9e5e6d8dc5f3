package com.laca.domain.academy.certificate;

import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.course.CompletionReport;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.SampleCourses;
import com.laca.domain.shared.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Certificates issued for the sample course, for the certificate and CPD specifications. */
public final class Certificates {

    /** The academy's time zone. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** When certificates are issued. */
    public static final Instant ISSUED = Instant.parse("2026-07-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    /** A certificate issued to {@code learner} on a complete report. */
    public static Certificate issued(SampleCourses sample, UserId learner, CompletionReport complete) {
        CourseVersion version = sample.version1();
        IssueResult result = CertificateIssuance.issue(CertificateId.random(),
                new CertificateKey(learner, sample.course, version.number(), 1), Optional.empty(), complete,
                CertificateSnapshot.of("Dr Amira Khan", "Foundation botulinum toxin", "Demo Clinic Academy",
                        version.cpd()), version.certificateValidity(), LONDON, VerificationCode.generate(RANDOM),
                ISSUED);
        return ((IssueResult.Issued) result).certificate();
    }
}
