package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Stores certificates in {@code academy_certificates} (unique per key and revision, and per code) and their
 * histories in {@code academy_certificate_status}; the application role may only insert and read either.
 */
public final class JpaCertificateRepository extends JpaRepositorySupport implements CertificateRepository {

    private static final String KIND = "certificate";

    public JpaCertificateRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(Certificate certificate) {
        EntityManager em = tenantEm();
        em.persist(new CertificateJpaEntity(certificate));
        for (int position = 0; position < certificate.history().size(); position++) {
            em.persist(new CertificateStatusJpaEntity(certificate.id().toString(), position,
                    certificate.history().get(position)));
        }
        flush(em, KIND, certificate.id(), "a certificate is already issued under this key and revision, or the "
                + "code is taken");
    }

    @Override
    public void appendStatus(CertificateId certificate, int position, StatusChange change) {
        EntityManager em = tenantEm();
        em.persist(new CertificateStatusJpaEntity(certificate.toString(), position, change));
        flush(em, KIND, certificate, "the certificate's status changed meanwhile");
    }

    @Override
    public Optional<Certificate> find(CertificateId id) {
        return Optional.ofNullable(tenantEm().find(CertificateJpaEntity.class, id.toString())).map(this::withHistory);
    }

    @Override
    public Optional<Certificate> latestByKey(CertificateKey key) {
        return first(tenantEm().createQuery("select c from CertificateJpaEntity c where c.learnerId = :learner "
                        + "and c.courseId = :course and c.courseVersion = :version and c.awardCycle = :cycle "
                        + "order by c.revision desc", CertificateJpaEntity.class)
                .setParameter("learner", key.learner().toString()).setParameter("course", key.course().toString())
                .setParameter("version", key.courseVersion()).setParameter("cycle", key.awardCycle()));
    }

    @Override
    public Optional<Certificate> findByCode(VerificationCode code) {
        return first(tenantEm().createQuery("select c from CertificateJpaEntity c where c.code = :code",
                CertificateJpaEntity.class).setParameter("code", code.value()));
    }

    @Override
    public List<Certificate> listByLearner(UserId learner) {
        return tenantEm().createQuery("select c from CertificateJpaEntity c where c.learnerId = :learner "
                        + "order by c.issuedAt, c.revision", CertificateJpaEntity.class)
                .setParameter("learner", learner.toString())
                .getResultList().stream().map(this::withHistory).toList();
    }

    private Optional<Certificate> first(TypedQuery<CertificateJpaEntity> query) {
        return query.setMaxResults(1).getResultStream().findFirst().map(this::withHistory);
    }

    private Certificate withHistory(CertificateJpaEntity entity) {
        List<StatusChange> history = tenantEm().createQuery("select s from CertificateStatusJpaEntity s "
                        + "where s.certificateId = :certificate order by s.position", CertificateStatusJpaEntity.class)
                .setParameter("certificate", entity.id())
                .getResultList().stream().map(CertificateStatusJpaEntity::toDomain).toList();
        return entity.toDomain(history);
    }
}
