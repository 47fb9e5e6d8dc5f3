package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.academy.port.out.AcademyRepositoriesContract;
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
import com.laca.application.shared.PersistencePorts;

/** The academy's store contract on the in-memory adapter. */
class InMemoryAcademyRepositoriesTest extends AcademyRepositoriesContract {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final InMemoryAcademy stores = new InMemoryAcademy(ports.tx());

    @Override
    protected PersistencePorts createPorts() {
        return ports;
    }

    @Override
    protected AcademyStores academy() {
        return new AcademyStores() {
            @Override
            public CourseRepository courses() {
                return stores.courses();
            }

            @Override
            public EnrolmentRepository enrolments() {
                return stores.enrolments();
            }

            @Override
            public LessonCompletionRepository lessonCompletions() {
                return stores.lessonCompletions();
            }

            @Override
            public CertificateRepository certificates() {
                return stores.certificates();
            }

            @Override
            public QuestionBankRepository questionBanks() {
                return stores.questionBanks();
            }

            @Override
            public AssessmentRepository assessments() {
                return stores.assessments();
            }

            @Override
            public AttemptRepository attempts() {
                return stores.attempts();
            }

            @Override
            public CaseLogRepository caseLog() {
                return stores.caseLog();
            }

            @Override
            public OsceSittingRepository sittings() {
                return stores.sittings();
            }

            @Override
            public RegistrationRepository registrations() {
                return stores.registrations();
            }

            @Override
            public AttemptOverrideRepository overrides() {
                return stores.overrides();
            }
        };
    }
}
