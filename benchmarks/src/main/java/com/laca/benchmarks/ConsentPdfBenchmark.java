package com.laca.benchmarks;

import com.laca.adapter.documents.pdf.ItextConsentRenderer;
import com.laca.application.consent.port.out.RenderedDocument;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.BlockKind;
import com.laca.domain.consent.ConsentBlock;
import com.laca.domain.consent.ConsentForm;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentResult;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.consent.CourseId;
import com.laca.domain.consent.MergeField;
import com.laca.domain.consent.MergeResult;
import com.laca.domain.consent.MergedConsent;
import com.laca.domain.shared.ClientId;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures rendering one signed consent (seven sections, a 400×120 drawn signature) as PDF/A-2b with its SHA-256,
 * against the target of a median of at most 30 ms after warm-up; sample mode reports the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConsentPdfBenchmark {

    private ItextConsentRenderer renderer;
    private ConsentForm form;

    @Setup
    public void setUp() {
        renderer = new ItextConsentRenderer();
        ConsentTemplate template = new ConsentTemplate(ConsentTemplateId.random(), TreatmentCategory.DERMAL_FILLER,
                "GB-ENG", 1, LocalDate.of(2026, 1, 1), "Consent to dermal filler treatment", List.of(
                section(BlockKind.PROCEDURE, "Your treatment", "{{client.fullName}} will receive {{treatment.name}} "
                        + "from {{practitioner.name}} at {{clinic.name}}, {{clinic.address}}."),
                section(BlockKind.RISKS, "Risks", "Common: swelling, bruising, tenderness, lumps for up to two "
                        + "weeks.\n\nUncommon: infection, asymmetry, migration of product.\n\nRare but serious: "
                        + "blocked blood vessel (vascular occlusion) causing skin damage or, very rarely, loss of "
                        + "sight; allergic reaction; delayed inflammatory nodules."),
                section(BlockKind.ALTERNATIVES, "Alternatives", "Skincare, toxin, skin boosters, or no treatment."),
                section(BlockKind.AFTERCARE, "Aftercare", "No make-up for 12 hours, no exercise, alcohol, saunas or "
                        + "facials for 48 hours; call us at once about pain, blanching or vision changes."),
                section(BlockKind.DATA_PROCESSING, "Your information", "{{clinic.name}} keeps your health "
                        + "information to treat you safely (UK GDPR Art. 9(2)(h))."),
                section(BlockKind.PHOTO_CONSENT_CLINICAL, "Photographs for your record", "Before and after "
                        + "photographs kept in your clinical record."),
                section(BlockKind.PHOTO_CONSENT_MARKETING, "Photographs for marketing", "Use of your photographs in "
                        + "our marketing, only if you agree separately.")));
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        values.put(MergeField.CLIENT_FULL_NAME, "Emma Jones");
        values.put(MergeField.TREATMENT_NAME, "Dermal filler, lips (1 ml)");
        values.put(MergeField.PRACTITIONER_NAME, "Dr Amelia Hart");
        values.put(MergeField.CLINIC_NAME, "Demo Clinic");
        values.put(MergeField.CLINIC_ADDRESS, "1 King's Road, London SW3 4AA");
        MergedConsent merged = ((MergeResult.Merged) template.merge(values)).consent();
        Instant given = Instant.parse("2026-05-20T09:00:00Z");
        ConsentRecord record = ConsentRecord.informationGiven(ConsentId.random(), ClientId.random(), CourseId.random(),
                template, given);
        ConsentResult signed = record.sign(1, Optional.of(template), "Emma Jones", signature(), true, false,
                given.plusSeconds(600), "203.0.113.7", "Mozilla/5.0");
        form = new ConsentForm(merged, ((ConsentResult.Applied) signed).consent(), ZoneId.of("Europe/London"));
    }

    /** One consent rendered to PDF/A-2b bytes with their SHA-256. */
    @Benchmark
    public RenderedDocument renderConsent() {
        return renderer.render(form);
    }

    private static ConsentBlock section(BlockKind kind, String heading, String text) {
        return new ConsentBlock(kind, heading, text);
    }

    private static byte[] signature() {
        BufferedImage image = new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawArc(10, 10, 200, 100, 0, 270);
        g.drawLine(200, 110, 390, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
