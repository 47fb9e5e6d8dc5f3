package com.laca.adapter.documents.pdf;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.pdfa.PdfADocument;
import com.laca.application.academy.port.out.CertificateRenderer;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders a certificate as a one-page PDF/A-2b (fonts embedded, so it prints the same anywhere in ten years): the
 * learner's name, course, issuer, accrediting body and reference, CPD hours (participatory among them), issue and
 * expiry dates, all from the snapshot taken at issue, and the verification code with the public check's address. A
 * certificate that is no longer valid says so across the page rather than being refused, so staff can still print
 * the record.
 */
public final class ItextCertificateRenderer implements CertificateRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final FontProgram regular;
    private final FontProgram bold;
    private final byte[] srgbProfile;

    public ItextCertificateRenderer() {
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    @Override
    public byte[] render(CertificateDocument document) {
        Certificate certificate = document.certificate();
        CertificateSnapshot snapshot = certificate.snapshot();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfWriter writer = new PdfWriter(out, new WriterProperties()
                    .setCompressionLevel(CompressionConstants.BEST_SPEED));
            PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2B,
                    new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                            new ByteArrayInputStream(srgbProfile)));
            pdf.getDocumentInfo().setTitle("Certificate " + certificate.code().display() + ": "
                    + snapshot.courseTitle()).setCreator("LACA");
            try (Document page = new Document(pdf, PageSize.A4.rotate())) {
                PdfFont text = PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                PdfFont heading = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                page.setFont(text).setFontSize(12).setTextAlignment(TextAlignment.CENTER);
                ZoneId zone = document.zone();
                page.add(new Paragraph(snapshot.issuer()).setFont(heading).setFontSize(18));
                page.add(new Paragraph("Certificate of completion").setFontSize(14).setMarginTop(18));
                page.add(new Paragraph("This certifies that").setMarginTop(12));
                page.add(new Paragraph(snapshot.learnerName()).setFont(heading).setFontSize(26));
                page.add(new Paragraph("has completed").setMarginTop(6));
                page.add(new Paragraph(snapshot.courseTitle()).setFont(heading).setFontSize(18));
                page.add(new Paragraph(hours(snapshot) + " CPD hours, accredited by " + snapshot.accreditingBody()
                        + " (" + snapshot.accreditationNumber() + ")").setMarginTop(12));
                page.add(new Paragraph("Issued " + day(certificate.issuedAt(), zone)
                        + certificate.expiresAt().map(expiry -> " · valid until " + day(expiry, zone)).orElse("")));
                page.add(new Paragraph("Verification code " + certificate.code().display()).setFont(heading)
                        .setMarginTop(18));
                page.add(new Paragraph("Check it at " + document.verifyAt()).setFontSize(9));
                if (document.status() != CertificateStatus.VALID) {
                    page.add(new Paragraph("Status on printing: " + document.status().name().toLowerCase(Locale.UK))
                            .setFont(heading).setFontSize(16).setMarginTop(12));
                }
            }
        } catch (ITextException e) {
            throw new IllegalStateException("the certificate could not be rendered: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String hours(CertificateSnapshot snapshot) {
        String total = snapshot.cpdHours().stripTrailingZeros().toPlainString();
        return snapshot.participatoryHours().signum() > 0 ? total + " (" + snapshot.participatoryHours()
                .stripTrailingZeros().toPlainString() + " participatory)" : total;
    }

    private static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    private static FontProgram font(String name) {
        try (InputStream in = ItextCertificateRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the documents adapter");
            }
            return FontProgramFactory.createFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }
}
