package com.laca.adapter.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.laca.application.consent.port.out.RenderedDocument;
import com.laca.domain.consent.DocumentDigest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Consent documents are real PDF/A-2b files with the signed text, the signature and their SHA-256")
class ItextConsentRendererTest {

    private static final ItextConsentRenderer RENDERER = new ItextConsentRenderer();

    private static String text(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
            return text.toString();
        }
    }

    @Test
    @DisplayName("Reading the PDF back gives the merged text, both photo answers, the signer and the countersigner")
    void content() throws IOException {
        RenderedDocument rendered = RENDERER.render(ConsentForms.signedForm("Emma Jones", ConsentForms.png(400, 120)));
        assertThat(rendered.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(rendered.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(rendered.content());
        assertThat(text).contains("Consent to anti-wrinkle treatment (botulinum toxin)")
                .contains("Emma Jones (born 15 April 1990) will receive Anti-wrinkle toxin, three areas")
                .contains("Priya Shah RN (NMC").contains("12A3456E)")
                .contains("Photographs for my clinical record: I agree")
                .contains("Photographs for the clinic's marketing: I do not agree")
                .contains("Information given: 20 May 2026, 10:00 BST")
                .contains("Signed by Emma Jones on 20 May 2026, 10:10 BST")
                .contains("203.0.113.7")
                .contains("Countersigned by Priya Shah RN (treating practitioner)")
                .contains("Consent form version 3");
    }

    @Test
    @DisplayName("The file declares PDF/A-2b in its XMP metadata, embeds its fonts and carries an sRGB output intent")
    void pdfaConformance() throws IOException {
        byte[] pdf = RENDERER.render(ConsentForms.signedForm("Emma Jones", ConsentForms.png(400, 120))).content();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getConformance().getAConformance()).isEqualTo(PdfAConformance.PDF_A_2B);
            String xmp = new String(document.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("2").contains("pdfaid:conformance");
            PdfDictionary intent = document.getCatalog().getPdfObject().getAsArray(PdfName.OutputIntents)
                    .getAsDictionary(0);
            assertThat(intent.getAsName(PdfName.S)).isEqualTo(PdfName.GTS_PDFA1);
            assertThat(intent.getAsStream(PdfName.DestOutputProfile)).isNotNull();
            PdfDictionary fonts = document.getPage(1).getResources().getResource(PdfName.Font);
            assertThat(fonts.keySet()).isNotEmpty();
            for (PdfName name : fonts.keySet()) {
                PdfFont font = document.getFont(fonts.getAsDictionary(name));
                assertThat(font.isEmbedded()).as(name.getValue()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("The stored digest is the SHA-256 of exactly the bytes returned")
    void digest() throws Exception {
        RenderedDocument rendered = RENDERER.render(ConsentForms.signedForm("Emma Jones", ConsentForms.png(400, 120)));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rendered.content()));
        assertThat(rendered.digest().hex()).isEqualTo(expected);
        assertThat(rendered.digest().verify(rendered.content())).isEqualTo(DocumentDigest.Integrity.INTACT);
    }

    @Test
    @DisplayName("Names outside ASCII are printed, not dropped (the embedded font covers them)")
    void unicodeNames() throws IOException {
        byte[] pdf = RENDERER.render(ConsentForms.signedForm("Zoë Łukasiewicz-Ó Briain", ConsentForms.png(400, 120)))
                .content();
        assertThat(text(pdf)).contains("Zoë Łukasiewicz-Ó Briain");
    }
}
