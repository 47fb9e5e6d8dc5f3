package com.laca.adapter.rest.academy;

import com.laca.domain.academy.cpd.CpdRecordEntry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trainee's CPD record as NMC revalidation asks for it: method, topic, dates, hours, whether participatory, and the
 * evidence (the certificate's public check). Also written as CSV, with every cell quoted and a cell a spreadsheet
 * would run as a formula defused.
 */
@Schema(name = "CpdRecord")
public record CpdRecordResponse(List<Entry> items) {

    /** One line of the record. */
    @Schema(name = "CpdRecordEntry")
    public record Entry(String method, String methodLabel, String topic, LocalDate from, LocalDate to,
                        BigDecimal hours, boolean participatory, String evidence) {
    }

    static CpdRecordResponse from(List<CpdRecordEntry> entries, URI apiBase) {
        return new CpdRecordResponse(entries.stream().map(e -> new Entry(e.method().name(), e.method().label(),
                e.topic(), e.from(), e.to(), e.hours(), e.participatory(), apiBase.resolve(e.evidence()).toString()))
                .toList());
    }

    String csv() {
        StringBuilder out = new StringBuilder("method,topic,from,to,hours,participatory,evidence\r\n");
        for (Entry e : items) {
            out.append(List.of(e.methodLabel(), e.topic(), e.from().toString(), e.to().toString(),
                            e.hours().toPlainString(), e.participatory() ? "yes" : "no", e.evidence()).stream()
                    .map(CpdRecordResponse::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
