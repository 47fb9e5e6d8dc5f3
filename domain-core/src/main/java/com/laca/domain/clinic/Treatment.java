package com.laca.domain.clinic;

import com.laca.domain.shared.Money;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An item on the clinic's menu: how long it takes, what it costs, who may give it and what room or device it needs.
 *
 * @param bufferBefore          preparation time reserved before the treatment (room set-up, consent reading)
 * @param bufferAfter           clean-down time reserved after it
 * @param requiredQualification the qualification a practitioner must hold, or {@code null} for none
 * @param version               optimistic-locking version, bumped on every change
 */
public record Treatment(TreatmentId id, String name, TreatmentCategory category, String description, Duration duration,
                        Duration bufferBefore, Duration bufferAfter, Money price, Qualification requiredQualification,
                        Set<ResourceType> requiredResourceTypes, BookingWindow bookingWindow, boolean active,
                        long version) {

    public Treatment {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "name", 120);
        Objects.requireNonNull(category, "category");
        description = Text.optional(description, "description", 2000);
        requireMinutes(duration, "durationMinutes", 5, 480);
        requireMinutes(bufferBefore, "bufferBeforeMinutes", 0, 120);
        requireMinutes(bufferAfter, "bufferAfterMinutes", 0, 120);
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new IllegalArgumentException("price must not be negative");
        }
        requiredResourceTypes = requiredResourceTypes == null ? Set.of() : Set.copyOf(requiredResourceTypes);
        Objects.requireNonNull(bookingWindow, "bookingWindow");
    }

    /** The qualification required, if any. */
    public Optional<Qualification> qualification() {
        return Optional.ofNullable(requiredQualification);
    }

    private static void requireMinutes(Duration value, String field, int min, int max) {
        Objects.requireNonNull(value, field);
        long minutes = value.toMinutes();
        if (minutes < min || minutes > max || !value.equals(Duration.ofMinutes(minutes))) {
            throw new IllegalArgumentException(field + " must be whole minutes between " + min + " and " + max);
        }
    }
}
