package com.laca.adapter.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

@DisplayName("veraPDF, the reference PDF/A validator, finds the consent document PDF/A-2b compliant")
class VeraPdfConformanceTest {

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            return validator.validate(parser);
        }
    }

    @Test
    @DisplayName("A rendered, signed and countersigned consent passes every PDF/A-2b rule")
    void compliant() throws Exception {
        byte[] pdf = new ItextConsentRenderer().render(ConsentForms.signedForm("Zoë Jones", ConsentForms.png(400, 120)))
                .content();
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant())
                .as(() -> result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                        .map(a -> a.getRuleId() + " " + a.getMessage()).collect(Collectors.joining("\n")))
                .isTrue();
    }

    @Test
    @DisplayName("The validator can fail: a plain PDF without fonts embedded or output intent is not compliant")
    void validatorCanFail() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            document.add(new Paragraph("not archival"));
        }
        assertThat(validate(out.toByteArray()).isCompliant()).isFalse();
    }
}
