package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.academy.port.out.AcademyStores;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.academy.port.out.AttemptOverrideRepository;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.QuestionBankRepository;
import com.laca.application.academy.port.out.RegistrationRepository;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.application.academy.port.out.OsceSittingRepository;

/** The academy's JPA stores on the entity manager of a {@link JpaPersistencePorts}, wired as bootstrap wires them. */
public record JpaAcademyStores(JpaPersistencePorts ports) implements AcademyStores {

    @Override
    public CourseRepository courses() {
        return new JpaCourseRepository(ports.current());
    }

    @Override
    public EnrolmentRepository enrolments() {
        return new JpaEnrolmentRepository(ports.current());
    }

    @Override
    public LessonCompletionRepository lessonCompletions() {
        return new JpaLessonCompletionRepository(ports.current());
    }

    @Override
    public CertificateRepository certificates() {
        return new JpaCertificateRepository(ports.current());
    }

    @Override
    public QuestionBankRepository questionBanks() {
        return new JpaQuestionBankRepository(ports.current());
    }

    @Override
    public AssessmentRepository assessments() {
        return new JpaAssessmentRepository(ports.current());
    }

    @Override
    public AttemptRepository attempts() {
        return new JpaAttemptRepository(ports.current());
    }

    @Override
    public CaseLogRepository caseLog() {
        return new JpaCaseLogRepository(ports.current());
    }

    @Override
    public OsceSittingRepository sittings() {
        return new JpaOsceSittingRepository(ports.current());
    }

    @Override
    public RegistrationRepository registrations() {
        return new JpaRegistrationRepository(ports.current());
    }

    @Override
    public AttemptOverrideRepository overrides() {
        return new JpaAttemptOverrideRepository(ports.current());
    }
}
