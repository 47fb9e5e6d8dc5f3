package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.RegradeAudit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's assessments and regrade audit entries in memory. */
public final class InMemoryAssessmentRepository implements AssessmentRepository {

    private final TenantTable<AssessmentId, CourseAssessment> table;
    private final TenantTable<AssessmentId, List<RegradeAudit>> audits;

    public InMemoryAssessmentRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
        this.audits = new TenantTable<>(tx);
    }

    @Override
    public void insert(CourseAssessment assessment) {
        if (table.find(assessment.assessment().id()).isPresent()) {
            throw new ConflictException("assessment " + assessment.assessment().id() + " exists");
        }
        table.put(assessment.assessment().id(), assessment);
    }

    @Override
    public void update(Assessment assessment) {
        CourseAssessment stored = table.find(assessment.id())
                .orElseThrow(() -> new NotFoundException("assessment", assessment.id()));
        table.put(assessment.id(), new CourseAssessment(stored.course(), assessment));
    }

    @Override
    public Optional<CourseAssessment> find(AssessmentId id) {
        return table.find(id);
    }

    @Override
    public List<CourseAssessment> listByCourse(CourseId course) {
        return table.values().filter(a -> a.course().equals(course))
                .sorted(Comparator.comparing(a -> a.assessment().title())).toList();
    }

    @Override
    public synchronized void insertAudit(RegradeAudit audit) {
        List<RegradeAudit> list = new ArrayList<>(audits.find(audit.assessment()).orElse(List.of()));
        list.add(audit);
        audits.put(audit.assessment(), List.copyOf(list));
    }

    @Override
    public List<RegradeAudit> listAudits(AssessmentId assessment) {
        return audits.find(assessment).orElse(List.of());
    }
}
