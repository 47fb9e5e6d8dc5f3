package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps certificates in memory: one per key and revision and per code; a history only grows. */
public final class InMemoryCertificateRepository implements CertificateRepository {

    private final TenantTable<CertificateId, Certificate> table;

    public InMemoryCertificateRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void insert(Certificate certificate) {
        boolean taken = table.values().anyMatch(c -> c.id().equals(certificate.id()) || c.code().equals(certificate.code())
                || c.key().equals(certificate.key()) && c.revision() == certificate.revision());
        if (taken) {
            throw new ConflictException("a certificate is already issued under this key, revision or code");
        }
        table.put(certificate.id(), certificate);
    }

    @Override
    public void appendStatus(CertificateId id, int position, StatusChange change) {
        Certificate stored = table.find(id).orElseThrow(() -> new NotFoundException("certificate", id));
        if (position != stored.history().size()) {
            throw new ConflictException("the certificate's status changed meanwhile");
        }
        List<StatusChange> history = new ArrayList<>(stored.history());
        history.add(change);
        table.put(id, new Certificate(stored.id(), stored.key(), stored.revision(), stored.code(), stored.snapshot(),
                stored.issuedAt(), stored.expiresAt(), history));
    }

    @Override
    public Optional<Certificate> find(CertificateId id) {
        return table.find(id);
    }

    @Override
    public Optional<Certificate> latestByKey(CertificateKey key) {
        return table.values().filter(c -> c.key().equals(key)).max(Comparator.comparingInt(Certificate::revision));
    }

    @Override
    public Optional<Certificate> findByCode(VerificationCode code) {
        return table.values().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public List<Certificate> listByLearner(UserId learner) {
        return table.values().filter(c -> c.key().learner().equals(learner))
                .sorted(Comparator.comparing(Certificate::issuedAt).thenComparing(Certificate::revision)).toList();
    }
}
