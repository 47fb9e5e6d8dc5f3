package com.laca.application.academy.service;

import com.laca.application.academy.port.in.LogCaseCommand;
import com.laca.application.academy.port.in.LogPracticeUseCase;
import com.laca.application.academy.port.in.ManageRegistrationsUseCase;
import com.laca.application.academy.port.in.PracticalRecord;
import com.laca.application.academy.port.in.RecordSittingCommand;
import com.laca.application.academy.port.in.SupervisePracticeUseCase;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.application.academy.port.out.OsceSittingRepository;
import com.laca.application.academy.port.out.RegistrationRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.Verification;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.CaseStatus;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.PracticalProgress;
import com.laca.domain.academy.practice.PracticalRequirement;
import com.laca.domain.academy.practice.PracticeRefusal;
import com.laca.domain.academy.practice.PracticeResult;
import com.laca.domain.academy.practice.SignOffDecision;
import com.laca.domain.academy.practice.SupervisorSignOff;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Practical competency as trainees, supervisors and administrators use it: the trainee logs cases on their own active
 * enrolment, a supervisor signs them off under their own verified registration (row-locked, so a case is decided
 * once), an examiner records OSCE sittings (under the enrolment's lock, numbered, so a sitting is recorded once), and
 * whichever of these completes what the course version requires completes the enrolment and issues the certificate.
 */
public final class PracticeService implements LogPracticeUseCase, SupervisePracticeUseCase,
        ManageRegistrationsUseCase {

    private final TransactionRunner tx;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CaseLogRepository caseLog;
    private final OsceSittingRepository sittings;
    private final RegistrationRepository registrations;
    private final StaffAccountRepository accounts;
    private final CourseCompletion completion;
    private final Clock clock;

    /** @param random the source of certificates' verification codes: a {@link SecureRandom} (≥ 60 random bits) */
    public PracticeService(TransactionRunner tx, CourseRepository courses, EnrolmentRepository enrolments,
                           LessonCompletionRepository completions, AssessmentRepository assessments,
                           AttemptRepository attempts, CaseLogRepository caseLog, OsceSittingRepository sittings,
                           RegistrationRepository registrations, StaffAccountRepository accounts,
                           CertificateRepository certificates, AcademyDirectory directory, SecureRandom random,
                           Clock clock) {
        this.tx = tx;
        this.courses = courses;
        this.enrolments = enrolments;
        this.caseLog = caseLog;
        this.sittings = sittings;
        this.registrations = registrations;
        this.accounts = accounts;
        this.completion = new CourseCompletion(courses, enrolments, completions, assessments, attempts, accounts,
                certificates, directory, caseLog, sittings, random);
        this.clock = clock;
    }

    // ---- the trainee ----

    @Override
    public PracticeResult<CaseLogEntry> logCase(Caller caller, LogCaseCommand command) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Enrolment enrolment = enrolments.findByLearner(command.course(), caller.userId())
                    .orElseThrow(() -> new NotFoundException("enrolment in course", command.course()));
            Optional<CaseLogEntry> same = caseLog.findSame(caller.userId(), command.course(), command.patient(),
                    command.performedAt(), command.modality());
            if (same.isPresent()) {
                return new PracticeResult.Applied<>(same.get());
            }
            requireActive(enrolment, now, "cases cannot be logged");
            PracticalRequirement requirement = currentVersion(command.course()).requirements().practical()
                    .orElseThrow(() -> new InvalidInputException("courseId", "this course asks for no case log"));
            for (String ticked : command.consentTicked()) {
                requireOnChecklist(requirement.consent().contains(ticked), "consentTicked", ticked);
            }
            for (String ticked : command.consultationTicked()) {
                requireOnChecklist(requirement.consultation().contains(ticked), "consultationTicked", ticked);
            }
            PracticeResult<CaseLogEntry> result = CaseLogEntry.log(CaseLogEntryId.random(), caller.userId(),
                    command.course(), command.modality(), command.procedure(), command.performedAt(),
                    command.patient(), command.consentTicked(), command.consultationTicked(), command.reflection(),
                    requirement, now);
            if (result instanceof PracticeResult.Applied<CaseLogEntry> applied) {
                caseLog.insert(applied.value());
            }
            return result;
        });
    }

    @Override
    public PracticalRecord myPractice(Caller caller, CourseId course) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> {
            Enrolment enrolment = enrolments.findByLearner(course, caller.userId())
                    .orElseThrow(() -> new NotFoundException("enrolment in course", course));
            return record(enrolment);
        });
    }

    // ---- supervisors and examiners ----

    @Override
    public List<CaseLogEntry> cases(Caller caller, CourseId course, Optional<CaseStatus> status) {
        caller.require(Permission.CASELOG_SIGN_OFF);
        return tx.inTenant(caller.tenantId(), () -> {
            courses.find(course).orElseThrow(() -> new NotFoundException("course", course));
            return caseLog.listByCourse(course).stream()
                    .filter(entry -> status.map(wanted -> entry.status() == wanted).orElse(true)).toList();
        });
    }

    @Override
    public PracticeResult<CaseLogEntry> signOff(Caller caller, CaseLogEntryId id, SignOffDecision decision,
                                                Optional<String> comment) {
        caller.require(Permission.CASELOG_SIGN_OFF);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            CaseLogEntry entry = caseLog.findForUpdate(id).orElseThrow(() -> new NotFoundException("case", id));
            Optional<ProfessionalRegistration> registration = supervisorRegistration(caller.userId());
            if (registration.isEmpty()) {
                return new PracticeResult.Refused<>(PracticeRefusal.REGISTRATION_NOT_VERIFIED,
                        "you have no professional registration recorded; an administrator records and verifies it",
                        List.of());
            }
            PracticeResult<CaseLogEntry> result = entry.decide(new SupervisorSignOff(caller.userId(),
                    registration.get(), decision, now, comment));
            if (result instanceof PracticeResult.Applied<CaseLogEntry> applied) {
                caseLog.update(applied.value());
                if (applied.value().counts()) {
                    enrolments.findByLearner(entry.course(), entry.trainee())
                            .flatMap(found -> enrolments.findForUpdate(found.id()))
                            .ifPresent(locked -> completion.completeIfDone(caller.tenantId(), locked, now));
                }
            }
            return result;
        });
    }

    @Override
    public PracticeResult<OsceRecord> recordSitting(Caller caller, RecordSittingCommand command) {
        caller.require(Permission.CASELOG_SIGN_OFF);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Enrolment enrolment = enrolments.findByLearner(command.course(), command.trainee())
                    .flatMap(found -> enrolments.findForUpdate(found.id()))
                    .orElseThrow(() -> new NotFoundException("enrolment in course", command.course()));
            CourseVersion version = currentVersion(command.course());
            OsceStation station = version.requirements().stations().stream()
                    .filter(candidate -> candidate.id().equals(command.station())).findFirst()
                    .orElseThrow(() -> new NotFoundException("OSCE station", command.station()));
            OsceRecord record = completion.record(version, station, command.trainee());
            int recorded = record.results().size();
            if (command.sitting() <= recorded) {
                return sameSitting(record, command, caller.userId());
            }
            if (command.sitting() > recorded + 1) {
                throw new InvalidInputException("sitting", "the next sitting of this station is " + (recorded + 1));
            }
            PracticeResult<OsceRecord> result = record.record(command.passed(), caller.userId(), now,
                    command.comment());
            if (result instanceof PracticeResult.Applied<OsceRecord> applied) {
                requireActive(enrolment, now, "sittings cannot be recorded");
                List<OsceResult> results = applied.value().results();
                sittings.insert(command.course(), station.id(), command.trainee(), results.get(results.size() - 1));
                if (command.passed()) {
                    completion.completeIfDone(caller.tenantId(), enrolment, now);
                }
            }
            return result;
        });
    }

    @Override
    public PracticalRecord practice(Caller caller, CourseId course, UserId trainee) {
        caller.require(Permission.CASELOG_SIGN_OFF);
        return tx.inTenant(caller.tenantId(), () -> record(enrolments.findByLearner(course, trainee)
                .orElseThrow(() -> new NotFoundException("enrolment in course", course))));
    }

    // ---- registrations ----

    @Override
    public ProfessionalRegistration record(Caller caller, UserId person, RegulatoryBody body, String number) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            requirePerson(person);
            ProfessionalRegistration claimed = ProfessionalRegistration.claimed(body, number);
            Optional<ProfessionalRegistration> stored = registrations.find(person, body);
            if (stored.isPresent() && stored.get().number().equals(claimed.number())) {
                return stored.get();
            }
            registrations.save(person, claimed);
            return claimed;
        });
    }

    @Override
    public ProfessionalRegistration verify(Caller caller, UserId person, RegulatoryBody body) {
        caller.require(Permission.REGISTRATIONS_VERIFY);
        if (person.equals(caller.userId())) {
            throw new ConflictException("an administrator may not verify their own " + body
                    + " registration: another administrator must verify it, or its holder could sign off cases"
                    + " on a registration nobody checked");
        }
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            ProfessionalRegistration stored = registrations.find(person, body)
                    .orElseThrow(() -> new NotFoundException(body + " registration of", person));
            if (stored.isVerified()) {
                return stored;
            }
            ProfessionalRegistration verified = stored.verified(new Verification(caller.userId(), now));
            registrations.save(person, verified);
            return verified;
        });
    }

    @Override
    public List<ProfessionalRegistration> list(Caller caller, UserId person) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            requirePerson(person);
            return registrations.listFor(person);
        });
    }

    // ---- shared ----

    /** A retried sitting answers the record as it stands; a different verdict for a recorded sitting is a conflict. */
    private static PracticeResult<OsceRecord> sameSitting(OsceRecord record, RecordSittingCommand command,
                                                          UserId examiner) {
        OsceResult stored = record.results().get(command.sitting() - 1);
        if (stored.passed() == command.passed() && stored.examiner().equals(examiner)) {
            return new PracticeResult.Applied<>(record);
        }
        throw new ConflictException("sitting " + command.sitting() + " of " + record.station().name()
                + " is already recorded with another verdict or examiner; reload the trainee's record");
    }

    /** A verified registration of the supervisor if there is one, else their unverified one (which is refused). */
    private Optional<ProfessionalRegistration> supervisorRegistration(UserId supervisor) {
        return registrations.listFor(supervisor).stream()
                .max(Comparator.comparing(ProfessionalRegistration::isVerified));
    }

    private PracticalRecord record(Enrolment enrolment) {
        Optional<CourseVersion> version = courses.currentVersion(enrolment.course());
        List<CaseLogEntry> cases = completion.cases(enrolment);
        Optional<PracticalProgress> progress = version.flatMap(v -> v.requirements().practical())
                .map(requirement -> PracticalProgress.of(requirement, cases));
        List<OsceRecord> stations = version.map(v -> completion.osce(v, enrolment.learner())).orElse(List.of());
        return new PracticalRecord(enrolment.course(), enrolment.learner(), cases, progress, stations);
    }

    private CourseVersion currentVersion(CourseId course) {
        return courses.currentVersion(course).orElseThrow(() -> new NotFoundException("published course", course));
    }

    private void requirePerson(UserId person) {
        accounts.findById(person).filter(account -> !account.roles().contains(Role.CLIENT))
                .orElseThrow(() -> new NotFoundException("person", person));
    }

    private static void requireActive(Enrolment enrolment, Instant now, String consequence) {
        EnrolmentStatus status = enrolment.statusAt(now);
        if (status != EnrolmentStatus.ACTIVE) {
            throw new InvalidInputException("enrolment", "is " + status.name().toLowerCase(Locale.ROOT) + ", so "
                    + consequence);
        }
    }

    private static void requireOnChecklist(boolean listed, String field, String key) {
        if (!listed) {
            throw new InvalidInputException(field, "'" + key + "' is not on the course's checklist");
        }
    }
}
