package com.laca.adapter.inmemory.identity;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.domain.identity.LoginThrottle;
import java.time.Instant;

/** Keeps sign-in attempt counters in memory, in a platform table like the database's. */
public final class InMemoryLoginThrottleRepository implements LoginThrottleRepository {

    private final InMemoryTable<String, LoginThrottle> table;

    public InMemoryLoginThrottleRepository(InMemoryTransactionRunner tx) {
        this.table = tx.newTable();
    }

    @Override
    public LoginThrottle lockOrStart(String key, Instant now) {
        return table.get(key).orElseGet(() -> {
            LoginThrottle fresh = LoginThrottle.fresh(key, now);
            table.put(key, fresh);
            return fresh;
        });
    }

    @Override
    public void save(LoginThrottle throttle) {
        table.put(throttle.key(), throttle);
    }

    @Override
    public void delete(String key) {
        table.remove(key);
    }
}
