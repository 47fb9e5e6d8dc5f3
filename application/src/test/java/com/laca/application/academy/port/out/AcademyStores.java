package com.laca.application.academy.port.out;

/** One adapter's academy stores, sharing the transaction runner of the {@code PersistencePorts} they are tested with. */
public interface AcademyStores {

    CourseRepository courses();

    EnrolmentRepository enrolments();

    LessonCompletionRepository lessonCompletions();

    CertificateRepository certificates();

    QuestionBankRepository questionBanks();

    AssessmentRepository assessments();

    AttemptRepository attempts();

    CaseLogRepository caseLog();

    OsceSittingRepository sittings();

    RegistrationRepository registrations();

    AttemptOverrideRepository overrides();
}
