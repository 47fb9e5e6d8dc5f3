package com.laca.adapter.documents.pdf;

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
import com.laca.domain.shared.PractitionerId;
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
import javax.imageio.ImageIO;

/** A realistic signed consent form for renderer tests and benchmarks. */
public final class ConsentForms {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ConsentForms() {
    }

    public static ConsentTemplate template() {
        return new ConsentTemplate(ConsentTemplateId.random(), TreatmentCategory.ANTI_WRINKLE, "GB-ENG", 3,
                LocalDate.of(2026, 1, 1), "Consent to anti-wrinkle treatment (botulinum toxin)", List.of(
                new ConsentBlock(BlockKind.PROCEDURE, "Your treatment", "{{client.fullName}} (born "
                        + "{{client.dateOfBirth}}) will receive {{treatment.name}} from {{practitioner.name}} "
                        + "({{practitioner.registration}}) at {{clinic.name}}, {{clinic.address}}."),
                new ConsentBlock(BlockKind.RISKS, "Risks", "Common: bruising, headache, redness at injection sites."
                        + "\n\nUncommon: drooping eyelid or brow for several weeks; asymmetry.\n\nRare: allergic "
                        + "reaction; spread of toxin effect causing difficulty swallowing or breathing (seek help at "
                        + "once)."),
                new ConsentBlock(BlockKind.ALTERNATIVES, "Alternatives", "Skincare, dermal filler, or no treatment."),
                new ConsentBlock(BlockKind.AFTERCARE, "Aftercare", "Stay upright for 4 hours; no exercise, massage "
                        + "or facials for 24 hours; results show in 3 to 14 days; review at 2 weeks."),
                new ConsentBlock(BlockKind.DATA_PROCESSING, "Your information", "{{clinic.name}} keeps your "
                        + "health information to treat you safely (UK GDPR Art. 6(1)(b) and 9(2)(h)) for 8 years "
                        + "after your last treatment."),
                new ConsentBlock(BlockKind.PHOTO_CONSENT_CLINICAL, "Photographs for your record",
                        "Before and after photographs kept in your clinical record."),
                new ConsentBlock(BlockKind.PHOTO_CONSENT_MARKETING, "Photographs for marketing",
                        "Use of your photographs on our website and social media, only if you agree separately.")));
    }

    public static Map<MergeField, String> values(String clientName) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        values.put(MergeField.CLIENT_FULL_NAME, clientName);
        values.put(MergeField.CLIENT_DATE_OF_BIRTH, "15 April 1990");
        values.put(MergeField.TREATMENT_NAME, "Anti-wrinkle toxin, three areas");
        values.put(MergeField.PRACTITIONER_NAME, "Priya Shah RN");
        values.put(MergeField.PRACTITIONER_REGISTRATION, "NMC 12A3456E");
        values.put(MergeField.CLINIC_NAME, "Demo Clinic");
        values.put(MergeField.CLINIC_ADDRESS, "1 King's Road, London SW3 4AA");
        return values;
    }

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 20, 120));
        g.setStroke(new BasicStroke(3));
        g.drawArc(10, 10, width / 2, height - 20, 0, 270);
        g.drawLine(width / 2, height - 10, width - 10, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A signed and countersigned consent with the given client name and signature image. */
    public static ConsentForm signedForm(String clientName, byte[] signaturePng) {
        ConsentTemplate template = template();
        MergedConsent merged = ((MergeResult.Merged) template.merge(values(clientName))).consent();
        Instant given = Instant.parse("2026-05-20T09:00:00Z");
        ConsentRecord record = ConsentRecord.informationGiven(ConsentId.random(), ClientId.random(), CourseId.random(),
                template, given);
        ConsentResult signed = record.sign(3, Optional.of(template), clientName, signaturePng, true, false,
                given.plusSeconds(600), "203.0.113.7", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)");
        if (signed instanceof ConsentResult.Refused refused) {
            throw new IllegalArgumentException(refused.problem().message());
        }
        PractitionerId treating = PractitionerId.random();
        ConsentRecord countersigned = ((ConsentResult.Applied) ((ConsentResult.Applied) signed).consent()
                .countersign(treating, "Priya Shah RN", treating, Optional.empty(), given.plusSeconds(900))).consent();
        return new ConsentForm(merged, countersigned, LONDON);
    }
}
