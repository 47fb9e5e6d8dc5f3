package com.laca.domain.clinic;

import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PlainText;
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
 * @param depositPolicy         what the client pays up front to secure a booking; its amounts are in the price's currency
 * @param version               optimistic-locking version, bumped on every change
 */
public record Treatment(TreatmentId id, String name, TreatmentCategory category, String description, Duration duration,
                        Duration bufferBefore, Duration bufferAfter, Money price, Qualification requiredQualification,
                        Set<ResourceType> requiredResourceTypes, BookingWindow bookingWindow, DepositPolicy depositPolicy,
                        boolean active, long version) {

    /** The longest name the menu shows. */
    public static final int NAME_MAX_LENGTH = 120;
    /** The longest description, which may run over several lines. */
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    public Treatment {
        Objects.requireNonNull(id, "id");
        name = PlainText.required(name, "name", NAME_MAX_LENGTH);
        Objects.requireNonNull(category, "category");
        description = PlainText.optionalMultiLine(description, "description", DESCRIPTION_MAX_LENGTH);
        requireMinutes(duration, "durationMinutes", 5, 480);
        requireMinutes(bufferBefore, "bufferBeforeMinutes", 0, 120);
        requireMinutes(bufferAfter, "bufferAfterMinutes", 0, 120);
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new IllegalArgumentException("price must not be negative");
        }
        requiredResourceTypes = requiredResourceTypes == null ? Set.of() : Set.copyOf(requiredResourceTypes);
        Objects.requireNonNull(bookingWindow, "bookingWindow");
        Objects.requireNonNull(depositPolicy, "depositPolicy");
        requireSameCurrency(depositPolicy, price);
    }

    /** A treatment that asks for no deposit, the way every treatment was before deposits existed. */
    public Treatment(TreatmentId id, String name, TreatmentCategory category, String description, Duration duration,
                     Duration bufferBefore, Duration bufferAfter, Money price, Qualification requiredQualification,
                     Set<ResourceType> requiredResourceTypes, BookingWindow bookingWindow, boolean active,
                     long version) {
        this(id, name, category, description, duration, bufferBefore, bufferAfter, price, requiredQualification,
                requiredResourceTypes, bookingWindow, DepositPolicy.none(), active, version);
    }

    /** The deposit this treatment asks for at its price; zero when it asks for none. */
    public Money deposit() {
        return depositPolicy.depositFor(price);
    }

    /** The qualification required, if any. */
    public Optional<Qualification> qualification() {
        return Optional.ofNullable(requiredQualification);
    }

    /** A deposit in another currency than the price could never be taken, so it is refused when the menu is edited. */
    private static void requireSameCurrency(DepositPolicy depositPolicy, Money price) {
        try {
            depositPolicy.depositFor(price);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("depositPolicy amounts must be in " + price.currency(), e);
        }
    }

    private static void requireMinutes(Duration value, String field, int min, int max) {
        Objects.requireNonNull(value, field);
        long minutes = value.toMinutes();
        if (minutes < min || minutes > max || !value.equals(Duration.ofMinutes(minutes))) {
            throw new IllegalArgumentException(field + " must be whole minutes between " + min + " and " + max);
        }
    }
}
