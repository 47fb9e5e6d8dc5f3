package com.laca.adapter.rest.academy;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.cpd.CpdMethod;
import com.laca.domain.academy.cpd.CpdRecordEntry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The CPD record export")
class CpdRecordResponseTest {

    @Test
    @DisplayName("the CSV has a header, one quoted line per entry, an absolute evidence link and no live formula")
    void csv() {
        CpdRecordResponse record = CpdRecordResponse.from(List.of(new CpdRecordEntry(CpdMethod.COURSE_ATTENDANCE,
                "=HYPERLINK(\"x\") \"toxin\"", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                new BigDecimal("3"), true, URI.create("public/demo-clinic/certificates/7KQ2M9XD41T0/page"))),
                URI.create("https://academy.example/api/"));

        String csv = record.csv();

        assertThat(csv).startsWith("method,topic,from,to,hours,participatory,evidence\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\") \"\"toxin\"\"\"", "\"2026-11-01\"", "\"3\"", "\"yes\"",
                "\"https://academy.example/api/public/demo-clinic/certificates/7KQ2M9XD41T0/page\"");
        assertThat(csv.split("\r\n")).hasSize(2);
    }
}
