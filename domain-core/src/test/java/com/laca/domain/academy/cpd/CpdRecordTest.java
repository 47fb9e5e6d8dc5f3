package com.laca.domain.academy.cpd;

import static com.laca.domain.academy.certificate.Certificates.ISSUED;
import static com.laca.domain.academy.certificate.Certificates.LONDON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateResult;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.StatusCause;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.UserId;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CPD log entries for revalidation, from certificates")
class CpdRecordTest {

    private static final Instant STARTED = Instant.parse("2026-05-31T23:30:00Z");
    private static final URI EVIDENCE = URI.create("https://academy.example/verify/7KQ2-M9XD-41T0");

    private static Certificate certificate(String hours, String participatory) {
        return new Certificate(CertificateId.random(), new CertificateKey(UserId.random(), CourseId.random(), 1, 1), 1,
                VerificationCode.generate(new SecureRandom()), new CertificateSnapshot("Nurse Jo Bloggs",
                "Foundation botulinum toxin", "Demo Clinic Academy", "The CPD Certification Service", "CPD-12345",
                new BigDecimal(hours), new BigDecimal(participatory)), ISSUED, Optional.empty(), List.of());
    }

    @Test
    @DisplayName("A 6-hour course with 3.5 participatory hours gives a participatory line and an online line")
    void split() {
        List<CpdRecordEntry> entries = CpdRecord.forCertificate(certificate("6", "3.5"), STARTED, LONDON, EVIDENCE,
                ISSUED);

        assertThat(entries).containsExactly(
                new CpdRecordEntry(CpdMethod.COURSE_ATTENDANCE, "Foundation botulinum toxin",
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), new BigDecimal("3.5"), true, EVIDENCE),
                new CpdRecordEntry(CpdMethod.ONLINE_LEARNING, "Foundation botulinum toxin",
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), new BigDecimal("2.5"), false, EVIDENCE));
        assertThat(entries.get(0).from()).as("dates are the academy's local dates (BST)")
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    @DisplayName("A fully online course gives one non-participatory line")
    void onlineOnly() {
        assertThat(CpdRecord.forCertificate(certificate("2", "0"), STARTED, LONDON, EVIDENCE, ISSUED))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.participatory()).isFalse();
                    assertThat(entry.hours()).isEqualByComparingTo("2");
                    assertThat(entry.method().label()).isEqualTo("Online learning");
                });
    }

    @Test
    @DisplayName("A suspended or revoked certificate evidences no CPD")
    void notWhileSuspended() {
        Certificate suspended = ((CertificateResult.Applied) certificate("6", "3.5").suspend("Regrade", UserId.random(),
                StatusCause.REGRADE, ISSUED.plusSeconds(60))).certificate();

        assertThat(CpdRecord.forCertificate(suspended, STARTED, LONDON, EVIDENCE, ISSUED.plusSeconds(60))).isEmpty();
    }

    @Test
    @DisplayName("An entry cannot end before it starts, and needs positive hours")
    void validation() {
        assertThatThrownBy(() -> new CpdRecordEntry(CpdMethod.ONLINE_LEARNING, "Topic", LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 1), BigDecimal.ONE, false, EVIDENCE)).hasMessageContaining("end before");
        assertThatThrownBy(() -> new CpdRecordEntry(CpdMethod.ONLINE_LEARNING, "Topic", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 1), BigDecimal.ZERO, false, EVIDENCE)).hasMessageContaining("positive");
    }
}
