package com.laca.application.academy.service;

import com.laca.application.academy.port.in.CertificateView;
import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.academy.port.in.VerifyCertificateQuery;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.CertificateRenderer;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateResult;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.ReissueResult;
import com.laca.domain.academy.certificate.StatusCause;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.academy.cpd.CpdRecord;
import com.laca.domain.academy.cpd.CpdRecordEntry;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.identity.Permission;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Staff status changes, the trainee's own certificates and the public check. A status change is appended at the
 * position after the history it was decided on, so two revocations at once keep one and the other is a conflict.
 */
public final class CertificateService implements CertificatesUseCase, VerifyCertificateQuery {

    private final TransactionRunner tx;
    private final CertificateRepository certificates;
    private final EnrolmentRepository enrolments;
    private final AcademyDirectory directory;
    private final CertificateRenderer renderer;
    private final SecureRandom random;
    private final Clock clock;

    /** @param random the source of reissued certificates' verification codes (≥ 60 random bits) */
    public CertificateService(TransactionRunner tx, CertificateRepository certificates, EnrolmentRepository enrolments,
                              AcademyDirectory directory, CertificateRenderer renderer, SecureRandom random,
                              Clock clock) {
        this.tx = tx;
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.directory = directory;
        this.renderer = renderer;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public CertificateView get(Caller caller, CertificateId id) {
        caller.require(Permission.COURSES_VIEW);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> view(certificates.find(id)
                .orElseThrow(() -> new NotFoundException("certificate", id)), now));
    }

    @Override
    public CertificateResult suspend(Caller caller, CertificateId id, String reason) {
        return change(caller, id, (certificate, now) -> certificate.suspend(reason, caller.userId(),
                StatusCause.STAFF_DECISION, now));
    }

    @Override
    public CertificateResult reinstate(Caller caller, CertificateId id, String reason) {
        return change(caller, id, (certificate, now) -> certificate.reinstate(reason, caller.userId(),
                StatusCause.STAFF_DECISION, now));
    }

    @Override
    public CertificateResult revoke(Caller caller, CertificateId id, String reason) {
        return change(caller, id, (certificate, now) -> certificate.revoke(reason, caller.userId(),
                StatusCause.STAFF_DECISION, now));
    }

    @Override
    public ReissueResult reissue(Caller caller, CertificateId id, Optional<String> correctedName) {
        caller.require(Permission.CERTIFICATES_REVOKE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Certificate certificate = certificates.find(id)
                    .orElseThrow(() -> new NotFoundException("certificate", id));
            CertificateSnapshot snapshot = correctedName.map(certificate.snapshot()::withLearnerName)
                    .orElse(certificate.snapshot());
            ReissueResult result = certificate.reissue(CertificateId.random(), snapshot,
                    VerificationCode.generate(random), caller.userId(), now);
            if (result instanceof ReissueResult.Reissued reissued) {
                // appended after the history read, so two reissues at once keep one and the other is a conflict
                certificates.appendStatus(id, certificate.history().size(),
                        reissued.original().history().get(certificate.history().size()));
                certificates.insert(reissued.replacement());
            }
            return result;
        });
    }

    @Override
    public List<CertificateView> mine(Caller caller) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> certificates.listByLearner(caller.userId()).stream()
                .map(c -> view(c, now)).toList());
    }

    @Override
    public byte[] pdf(Caller caller, CertificateId id) {
        caller.require(Permission.COURSES_VIEW);
        return render(caller, certificate -> true, id);
    }

    @Override
    public byte[] myPdf(Caller caller, CertificateId id) {
        caller.require(Permission.LEARN);
        return render(caller, certificate -> certificate.key().learner().equals(caller.userId()), id);
    }

    private byte[] render(Caller caller, java.util.function.Predicate<Certificate> visible, CertificateId id) {
        Instant now = clock.instant();
        // the clinic's profile is read in the transaction too: repositories work only inside one
        record Found(AcademyDirectory.AcademyProfile academy, Certificate certificate) {
        }
        Found found = tx.inTenant(caller.tenantId(), () -> new Found(directory.profile(caller.tenantId()),
                certificates.find(id).filter(visible).orElseThrow(() -> new NotFoundException("certificate", id))));
        AcademyDirectory.AcademyProfile academy = found.academy();
        Certificate certificate = found.certificate();
        return renderer.render(new CertificateRenderer.CertificateDocument(certificate, certificate.statusAt(now),
                academy.zone(), directory.publicApi().resolve(evidence(academy, certificate))));
    }

    private static URI evidence(AcademyDirectory.AcademyProfile academy, Certificate certificate) {
        return URI.create("public/" + academy.slug() + "/certificates/" + certificate.code().value() + "/page");
    }

    @Override
    public List<CpdRecordEntry> myCpdRecord(Caller caller) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            AcademyDirectory.AcademyProfile academy = directory.profile(caller.tenantId());
            List<CpdRecordEntry> entries = new ArrayList<>();
            for (Certificate certificate : certificates.listByLearner(caller.userId())) {
                Instant started = enrolments.findByLearner(certificate.key().course(), caller.userId())
                        .map(Enrolment::enrolledAt).orElse(certificate.issuedAt());
                // the configured public address, as on the printed certificate, never the request's Host header
                URI evidence = directory.publicApi().resolve(evidence(academy, certificate));
                entries.addAll(CpdRecord.forCertificate(certificate, started, academy.zone(), evidence, now));
            }
            entries.sort(Comparator.comparing(CpdRecordEntry::to).thenComparing(CpdRecordEntry::topic));
            return entries;
        });
    }

    @Override
    public Optional<CertificateView> verify(String tenantSlug, String typedCode) {
        Optional<VerificationCode> code = parse(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return directory.activeBySlug(tenantSlug).flatMap(tenant -> tx.inTenant(tenant,
                () -> certificates.findByCode(code.get()).map(c -> view(c, now))));
    }

    private CertificateResult change(Caller caller, CertificateId id,
                                     BiFunction<Certificate, Instant, CertificateResult> command) {
        caller.require(Permission.CERTIFICATES_REVOKE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Certificate certificate = certificates.find(id)
                    .orElseThrow(() -> new NotFoundException("certificate", id));
            CertificateResult result = command.apply(certificate, now);
            if (result instanceof CertificateResult.Applied applied) {
                certificates.appendStatus(id, certificate.history().size(),
                        applied.certificate().history().get(certificate.history().size()));
            }
            return result;
        });
    }

    /** The certificate's status now and, when superseded, the code of the latest reissue under its key. */
    private CertificateView view(Certificate certificate, Instant now) {
        CertificateStatus status = certificate.statusAt(now);
        Optional<VerificationCode> supersededBy = status != CertificateStatus.SUPERSEDED ? Optional.empty()
                : certificates.latestByKey(certificate.key()).filter(latest -> !latest.id().equals(certificate.id()))
                .map(Certificate::code);
        return new CertificateView(certificate, status, supersededBy);
    }

    /** The code typed by anyone, or nothing when it cannot be one (too long, or not a code's shape). */
    static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(VerificationCode.parse(typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
