package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's case logs in memory, one case per trainee, course, patient, moment and modality. */
public final class InMemoryCaseLogRepository implements CaseLogRepository {

    private static final Comparator<CaseLogEntry> ORDER = Comparator.comparing(CaseLogEntry::performedAt)
            .thenComparing(entry -> entry.id().toString());

    private final TenantTable<CaseLogEntryId, CaseLogEntry> table;

    public InMemoryCaseLogRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void insert(CaseLogEntry entry) {
        if (table.find(entry.id()).isPresent() || findSame(entry.trainee(), entry.course(), entry.patient(),
                entry.performedAt(), entry.modality()).isPresent()) {
            throw new ConflictException("the case is already in the log");
        }
        table.put(entry.id(), entry);
    }

    @Override
    public void update(CaseLogEntry entry) {
        CaseLogEntry stored = table.find(entry.id()).orElseThrow(() -> new NotFoundException("case", entry.id()));
        if (!stored.trainee().equals(entry.trainee()) || !stored.course().equals(entry.course())) {
            throw new IllegalArgumentException("a case keeps its trainee and course");
        }
        table.put(entry.id(), entry);
    }

    @Override
    public Optional<CaseLogEntry> find(CaseLogEntryId id) {
        return table.find(id);
    }

    @Override
    public Optional<CaseLogEntry> findForUpdate(CaseLogEntryId id) {
        return table.find(id);
    }

    @Override
    public Optional<CaseLogEntry> findSame(UserId trainee, CourseId course, PatientReference patient,
                                           Instant performedAt, Modality modality) {
        return table.values().filter(entry -> entry.trainee().equals(trainee) && entry.course().equals(course)
                && entry.patient().equals(patient) && entry.performedAt().equals(performedAt)
                && entry.modality() == modality).findFirst();
    }

    @Override
    public List<CaseLogEntry> listFor(CourseId course, UserId trainee) {
        return table.values().filter(entry -> entry.course().equals(course) && entry.trainee().equals(trainee))
                .sorted(ORDER).toList();
    }

    @Override
    public List<CaseLogEntry> listByCourse(CourseId course) {
        return table.values().filter(entry -> entry.course().equals(course)).sorted(ORDER).toList();
    }
}
