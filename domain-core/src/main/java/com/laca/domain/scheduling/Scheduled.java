package com.laca.domain.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A schedule entry that has no natural key (time off, a blocked room) together with the id to remove it by. */
public record Scheduled<T>(UUID id, T entry) {

    public Scheduled {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entry, "entry");
    }
}
