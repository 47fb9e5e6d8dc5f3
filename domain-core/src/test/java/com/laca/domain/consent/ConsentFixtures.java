package com.laca.domain.consent;

import com.laca.domain.clinic.TreatmentCategory;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Templates, merge values and real PNG signatures for consent specifications (shared with the safety ones). */
public final class ConsentFixtures {

    public static final String ENGLAND = "GB-ENG";

    private ConsentFixtures() {
    }

    /** A complete template with every mandatory block and a few merge fields. */
    public static ConsentTemplate template(TreatmentCategory category, int version, LocalDate effectiveFrom) {
        List<ConsentBlock> blocks = new ArrayList<>(List.of(
                new ConsentBlock(BlockKind.PROCEDURE, "Your treatment",
                        "{{client.fullName}}, {{practitioner.name}} will give you {{treatment.name}} at {{clinic.name}}."),
                new ConsentBlock(BlockKind.RISKS, "Risks", "Bruising, swelling, asymmetry, infection."),
                new ConsentBlock(BlockKind.ALTERNATIVES, "Alternatives", "Skincare, other treatments, or none."),
                new ConsentBlock(BlockKind.AFTERCARE, "Aftercare", "No exercise or make-up for 24 hours."),
                new ConsentBlock(BlockKind.DATA_PROCESSING, "Your data",
                        "{{clinic.name}} keeps your health information to treat you safely (UK GDPR Art. 9(2)(h))."),
                new ConsentBlock(BlockKind.PHOTO_CONSENT_CLINICAL, "Photographs for your record",
                        "Before and after photographs for your clinical record."),
                new ConsentBlock(BlockKind.PHOTO_CONSENT_MARKETING, "Photographs for marketing",
                        "Use of your photographs in our marketing, only if you agree separately.")));
        return new ConsentTemplate(ConsentTemplateId.random(), category, ENGLAND, version, effectiveFrom,
                "Consent to " + category.name().toLowerCase().replace('_', ' ') + " (v" + version + ")", blocks);
    }

    /** Values for every merge field. */
    public static Map<MergeField, String> values() {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        values.put(MergeField.CLIENT_FULL_NAME, "Emma Jones");
        values.put(MergeField.CLIENT_DATE_OF_BIRTH, "15 April 1990");
        values.put(MergeField.TREATMENT_NAME, "Chemical peel, medium depth");
        values.put(MergeField.PRACTITIONER_NAME, "Sofia Rossi");
        values.put(MergeField.PRACTITIONER_REGISTRATION, "NMC 12A3456E");
        values.put(MergeField.CLINIC_NAME, "Demo Clinic");
        values.put(MergeField.CLINIC_ADDRESS, "1 King's Road, London SW3 4AA");
        return values;
    }

    /** A real PNG of a drawn line of the given size. */
    public static byte[] png(int width, int height) {
        return png(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    /** A real PNG of a drawn line of the given size and pixel format. */
    public static byte[] png(int width, int height, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(5, height - 5, width - 5, 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A consent for the course, signed to the template at {@code at}. */
    public static ConsentRecord signed(ClientId client, CourseId course, ConsentTemplate template, Instant at) {
        ConsentRecord given = ConsentRecord.informationGiven(ConsentId.random(), client, course, template,
                at.minusSeconds(300));
        ConsentResult result = given.sign(template.version(), Optional.of(template), "Emma Jones", png(400, 120),
                true, false, at, "203.0.113.7", "Mozilla/5.0");
        return ((ConsentResult.Applied) result).consent();
    }
}
