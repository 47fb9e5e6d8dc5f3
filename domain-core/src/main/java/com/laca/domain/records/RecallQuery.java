package com.laca.domain.records;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "Which clients received batch X between these dates", the question a manufacturer's or the MHRA's recall notice
 * asks, as one value the in-memory and database adapters answer the same way.
 *
 * <p>It is asked of the entry in force of each chart ({@link TreatmentChart#current()}): when a correction changed a
 * batch number, the corrected number is the one the client received.
 *
 * @param lot          the batch/lot number, compared after normalisation
 * @param from         the first treatment date searched (inclusive)
 * @param to           the last treatment date searched (inclusive)
 * @param manufacturer narrows to one manufacturer (case-insensitive), for lot numbers two makers might share
 */
public record RecallQuery(LotNumber lot, LocalDate from, LocalDate to, Optional<String> manufacturer) {

    public RecallQuery {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the search ends (" + to + ") before it starts (" + from + ")");
        }
        manufacturer = Objects.requireNonNull(manufacturer, "manufacturer").filter(m -> !m.isBlank())
                .map(m -> Texts.singleLine(m, "manufacturer", 200));
    }

    /** The products of {@code entry} that match; empty when the entry is outside the dates or used other batches. */
    public List<RecallHit> hitsIn(TreatmentRecord entry) {
        LocalDate treatedOn = entry.context().treatedOn();
        if (treatedOn.isBefore(from) || treatedOn.isAfter(to)) {
            return List.of();
        }
        return entry.details().products().stream()
                .filter(product -> product.lot().equals(lot))
                .filter(product -> manufacturer.map(m -> sameName(m, product.manufacturer())).orElse(true))
                .map(product -> new RecallHit(entry.context().client(), entry.context().appointment(), entry.id(),
                        treatedOn, product))
                .toList();
    }

    private static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * One client who received the batch, with where to find the record.
     *
     * @param client      who
     * @param appointment at which appointment
     * @param entry       the treatment record entry that says so
     * @param treatedOn   when
     * @param product     the product as recorded, with its doses
     */
    public record RecallHit(ClientId client, AppointmentId appointment,
                            TreatmentRecordId entry, LocalDate treatedOn, ProductUse product) {

        public RecallHit {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(appointment, "appointment");
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(treatedOn, "treatedOn");
            Objects.requireNonNull(product, "product");
        }
    }
}
