package com.laca.adapter.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.laca.application.academy.port.out.CertificateRenderer.CertificateDocument;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.UserId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The certificate PDF")
class ItextCertificateRendererTest {

    private final ItextCertificateRenderer renderer = new ItextCertificateRenderer();
    private final Certificate certificate = new Certificate(CertificateId.random(), new CertificateKey(UserId.random(),
            CourseId.random(), 1, 1), 1, VerificationCode.parse("7KQ2M9XD41T0"), new CertificateSnapshot(
            "Dr Amira Khan", "Foundation botulinum toxin", "Glow Academy", "The CPD Certification Service",
            "CPD-LACA-0001", new BigDecimal("8.00"), new BigDecimal("3.00")), Instant.parse("2026-11-30T10:00:00Z"),
            Optional.of(Instant.parse("2028-11-30T10:00:00Z")), List.of());

    private static String text(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return PdfTextExtractor.getTextFromPage(document.getPage(1));
        }
    }

    @Test
    @DisplayName("prints the snapshot: name, course, issuer, accrediting body, CPD hours, dates, code and check address")
    void snapshot() throws IOException {
        byte[] pdf = renderer.render(new CertificateDocument(certificate, CertificateStatus.VALID,
                ZoneId.of("Europe/London"), URI.create("https://academy.example/api/public/glow/certificates/"
                + "7KQ2M9XD41T0/page")));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Dr Amira Khan", "Foundation botulinum toxin", "Glow Academy",
                "The CPD Certification Service", "CPD-LACA-0001", "8 (3 participatory) CPD hours",
                "30 November 2026", "30 November 2028", "7KQ2-M9XD-41T0", "academy.example");
        assertThat(text).doesNotContain("Status on printing");
    }

    @Test
    @DisplayName("a certificate no longer valid says so on the page")
    void revoked() throws IOException {
        byte[] pdf = renderer.render(new CertificateDocument(certificate, CertificateStatus.REVOKED,
                ZoneId.of("Europe/London"), URI.create("public/glow/certificates/7KQ2M9XD41T0/page")));
        assertThat(text(pdf)).contains("Status on printing: revoked");
    }
}
