package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.OsceSittingRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;

/** Keeps the tenant's OSCE sittings in memory, each number once per trainee and station. */
public final class InMemoryOsceSittingRepository implements OsceSittingRepository {

    private record Key(CourseId course, OsceStationId station, UserId trainee, int attempt) {
    }

    private record Row(Key key, OsceResult sitting) {
    }

    private final TenantTable<Key, Row> table;

    public InMemoryOsceSittingRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void insert(CourseId course, OsceStationId station, UserId trainee, OsceResult sitting) {
        Key key = new Key(course, station, trainee, sitting.attempt());
        if (table.find(key).isPresent()) {
            throw new ConflictException("sitting " + sitting.attempt() + " is already recorded");
        }
        table.put(key, new Row(key, sitting));
    }

    @Override
    public List<OsceResult> listFor(CourseId course, OsceStationId station, UserId trainee) {
        return table.values().filter(row -> row.key().course().equals(course)
                        && row.key().station().equals(station) && row.key().trainee().equals(trainee))
                .map(Row::sitting).sorted(Comparator.comparingInt(OsceResult::attempt)).toList();
    }
}
