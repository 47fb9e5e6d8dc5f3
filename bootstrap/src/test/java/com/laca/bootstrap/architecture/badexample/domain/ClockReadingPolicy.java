package com.laca.bootstrap.architecture.badexample.domain;

import jakarta.persistence.Entity;
import java.time.Instant;

/** Breaks two rules on purpose: a JPA annotation in the domain and a read of the system clock. */
@Entity
public class ClockReadingPolicy {

    public boolean isPast(Instant moment) {
        return moment.isBefore(Instant.now());
    }

    public long millis() {
        return System.currentTimeMillis();
    }
}
