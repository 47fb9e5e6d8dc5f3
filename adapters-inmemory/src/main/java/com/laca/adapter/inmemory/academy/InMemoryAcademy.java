package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;

/** The academy's in-memory stores on one transaction runner, as the JPA ones share one database. */
public final class InMemoryAcademy {

    private final InMemoryCourseRepository courses;
    private final InMemoryEnrolmentRepository enrolments;
    private final InMemoryLessonCompletionRepository lessonCompletions;
    private final InMemoryCertificateRepository certificates;
    private final InMemoryQuestionBankRepository questionBanks;
    private final InMemoryAssessmentRepository assessments;
    private final InMemoryAttemptRepository attempts;
    private final InMemoryCaseLogRepository caseLog;
    private final InMemoryOsceSittingRepository sittings;
    private final InMemoryRegistrationRepository registrations;
    private final InMemoryAttemptOverrideRepository overrides;

    public InMemoryAcademy(InMemoryTransactionRunner tx) {
        this.courses = new InMemoryCourseRepository(tx);
        this.enrolments = new InMemoryEnrolmentRepository(tx, courses);
        this.lessonCompletions = new InMemoryLessonCompletionRepository(tx);
        this.certificates = new InMemoryCertificateRepository(tx);
        this.questionBanks = new InMemoryQuestionBankRepository(tx);
        this.assessments = new InMemoryAssessmentRepository(tx);
        this.attempts = new InMemoryAttemptRepository(tx);
        this.caseLog = new InMemoryCaseLogRepository(tx);
        this.sittings = new InMemoryOsceSittingRepository(tx);
        this.registrations = new InMemoryRegistrationRepository(tx);
        this.overrides = new InMemoryAttemptOverrideRepository(tx);
    }

    public InMemoryCertificateRepository certificates() {
        return certificates;
    }

    public InMemoryCourseRepository courses() {
        return courses;
    }

    public InMemoryEnrolmentRepository enrolments() {
        return enrolments;
    }

    public InMemoryLessonCompletionRepository lessonCompletions() {
        return lessonCompletions;
    }

    public InMemoryQuestionBankRepository questionBanks() {
        return questionBanks;
    }

    public InMemoryAssessmentRepository assessments() {
        return assessments;
    }

    public InMemoryAttemptRepository attempts() {
        return attempts;
    }

    public InMemoryCaseLogRepository caseLog() {
        return caseLog;
    }

    public InMemoryOsceSittingRepository sittings() {
        return sittings;
    }

    public InMemoryRegistrationRepository registrations() {
        return registrations;
    }

    public InMemoryAttemptOverrideRepository overrides() {
        return overrides;
    }
}
