package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.ErasureRequestRepository;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureRequestId;
import com.laca.domain.records.ErasureStep;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Erasure requests in {@code client_erasure_steps}, one row per part of the plan, in the plan's order. */
public final class JpaErasureRequestRepository extends JpaRepositorySupport implements ErasureRequestRepository {

    public JpaErasureRequestRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(ErasureRequest request) {
        EntityManager em = tenantEm();
        request.steps().forEach(step -> em.persist(new ErasureStepJpaEntity(request, step)));
        flush(em, "erasure request", request.id(), "this erasure request is already stored");
    }

    /** Only steps still open are touched, and only their completion columns: all the application role may update. */
    @Override
    public void recordDone(ErasureRequest request) {
        EntityManager em = tenantEm();
        for (ErasureStep step : request.steps()) {
            step.done().ifPresent(done -> em.createQuery("update ErasureStepJpaEntity s set s.doneAt = :at,"
                            + " s.doneBy = :by where s.requestId = :request and s.part = :part and s.doneAt is null")
                    .setParameter("at", Columns.timestamp(done.at()))
                    .setParameter("by", done.by().map(UserId::toString).orElse(null))
                    .setParameter("request", request.id().toString()).setParameter("part", step.part().name())
                    .executeUpdate());
        }
    }

    @Override
    public List<ErasureRequest> ofClient(ClientId client) {
        List<ErasureStepJpaEntity> rows = tenantEm().createQuery("select s from ErasureStepJpaEntity s"
                        + " where s.clientId = :client order by s.receivedAt, s.requestId", ErasureStepJpaEntity.class)
                .setParameter("client", client.toString()).getResultList();
        Map<String, List<ErasureStepJpaEntity>> byRequest = new LinkedHashMap<>();
        rows.forEach(row -> byRequest.computeIfAbsent(row.requestId(), id -> new ArrayList<>()).add(row));
        return byRequest.values().stream().map(JpaErasureRequestRepository::request).toList();
    }

    private static ErasureRequest request(List<ErasureStepJpaEntity> rows) {
        ErasureStepJpaEntity first = rows.get(0);
        List<ErasureStep> steps = rows.stream().map(ErasureStepJpaEntity::toDomain)
                .sorted(Comparator.comparing(ErasureStep::part)).toList();
        return new ErasureRequest(ErasureRequestId.parse(first.requestId()), ClientId.parse(first.clientId()),
                Columns.instant(first.receivedAt()), UserId.parse(first.recordedBy()), steps);
    }
}
