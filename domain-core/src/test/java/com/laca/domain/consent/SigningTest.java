package com.laca.domain.consent;

import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.consent.ConsentFixtures.png;
import static com.laca.domain.consent.ConsentFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signing consent: the version in effect, a real signature image, two separate photo answers")
class SigningTest {

    private static final Instant GIVEN = Instant.parse("2026-05-20T09:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-05-20T09:10:00Z");
    private final ConsentTemplate v1 = template(CHEMICAL_PEEL, 1, LocalDate.of(2026, 1, 1));
    private final ConsentTemplate v2 = template(CHEMICAL_PEEL, 2, LocalDate.of(2026, 6, 1));
    private final ClientId client = ClientId.random();
    private final CourseId course = CourseId.random();
    private final ConsentRecord given = ConsentRecord.informationGiven(ConsentId.random(), client, course, v1, GIVEN);

    private ConsentResult sign(int version, Optional<ConsentTemplate> inEffect, byte[] image, Boolean clinical,
                               Boolean marketing) {
        return given.sign(version, inEffect, "Emma Jones", image, clinical, marketing, SIGNED, "203.0.113.7",
                "Mozilla/5.0");
    }

    private static ConsentProblem.Reason refusal(ConsentResult result) {
        return ((ConsentResult.Refused) result).problem().reason();
    }

    @Test
    @DisplayName("A signature records typed name, image, time, address, browser, version, and both photo answers apart")
    void signs() {
        ConsentRecord signed = ((ConsentResult.Applied) sign(1, Optional.of(v1), png(400, 120), true, false)).consent();
        ClientSignature signature = signed.signature().orElseThrow();
        assertThat(signature.typedName()).isEqualTo("Emma Jones");
        assertThat(signature.templateVersion()).isEqualTo(1);
        assertThat(signature.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(signed.informationGivenAt()).isEqualTo(GIVEN);
        assertThat(signature.signedAt()).isEqualTo(SIGNED);
        assertThat(signed.photos()).contains(new PhotoConsent(true, false));
    }

    @Test
    @DisplayName("Signing a version other than the one given is refused as the wrong template version")
    void wrongVersion() {
        assertThat(refusal(sign(2, Optional.of(v1), png(400, 120), true, true)))
                .isEqualTo(ConsentProblem.Reason.WRONG_TEMPLATE_VERSION);
    }

    @Test
    @DisplayName("If a newer version came into effect after the form was given, the old one can no longer be signed")
    void newerVersionInEffect() {
        assertThat(refusal(sign(1, Optional.of(v2), png(400, 120), true, true)))
                .isEqualTo(ConsentProblem.Reason.WRONG_TEMPLATE_VERSION);
    }

    @Test
    @DisplayName("An oversized signature image is refused")
    void oversized() {
        byte[] big = png(400, 120);
        byte[] padded = Arrays.copyOf(big, SignatureImage.MAX_BYTES + 1);
        assertThat(refusal(sign(1, Optional.of(v1), padded, true, true)))
                .isEqualTo(ConsentProblem.Reason.SIGNATURE_TOO_LARGE);
    }

    @Test
    @DisplayName("A signature that is not a PNG image (text, a truncated PNG, a broken header, a 1-pixel image) is refused")
    void notAnImage() {
        byte[] good = png(400, 120);
        byte[] truncated = Arrays.copyOf(good, good.length - 20);
        byte[] brokenHeader = good.clone();
        brokenHeader[17] ^= 0x01;
        List<byte[]> bad = List.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), new byte[0], truncated,
                brokenHeader, png(1, 1), png(3000, 120));
        for (byte[] image : bad) {
            assertThat(refusal(sign(1, Optional.of(v1), image, true, true)))
                    .isEqualTo(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE);
        }
        assertThat(refusal(sign(1, Optional.of(v1), null, true, true)))
                .isEqualTo(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE);
    }

    @Test
    @DisplayName("Garbage image data behind a sound PNG header and trailer is refused (chunk checksums, pixel rows)")
    void garbageBehindSoundHeader() {
        byte[] png = png(400, 120);
        for (int i = 45; i < png.length - 20; i++) {
            png[i] = 0x5A;
        }
        assertThat(refusal(sign(1, Optional.of(v1), png, true, true)))
                .isEqualTo(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE);
    }

    @Test
    @DisplayName("Signature images in the usual pixel formats (RGB, grey, palette, with or without alpha) are accepted")
    void usualFormats() {
        for (int type : new int[] {java.awt.image.BufferedImage.TYPE_INT_RGB, java.awt.image.BufferedImage.TYPE_BYTE_GRAY,
                java.awt.image.BufferedImage.TYPE_BYTE_BINARY, java.awt.image.BufferedImage.TYPE_INT_ARGB,
                java.awt.image.BufferedImage.TYPE_USHORT_GRAY}) {
            assertThat(SignatureImage.of(ConsentFixtures.png(300, 100, type)))
                    .as("image type " + type).isInstanceOf(SignatureImage.Result.Accepted.class);
        }
    }

    @Test
    @DisplayName("Each photo question must be answered on its own; neither is assumed")
    void photoAnswers() {
        assertThat(refusal(sign(1, Optional.of(v1), png(400, 120), true, null)))
                .isEqualTo(ConsentProblem.Reason.PHOTO_CONSENT_UNANSWERED);
        assertThat(refusal(sign(1, Optional.of(v1), png(400, 120), null, false)))
                .isEqualTo(ConsentProblem.Reason.PHOTO_CONSENT_UNANSWERED);
    }

    @Test
    @DisplayName("A blank typed name is refused, and a consent is signed only once")
    void typedNameAndOnce() {
        assertThat(refusal(given.sign(1, Optional.of(v1), "  ", png(400, 120), true, true, SIGNED, "203.0.113.7", "")))
                .isEqualTo(ConsentProblem.Reason.TYPED_NAME_INVALID);
        ConsentRecord signed = ((ConsentResult.Applied) sign(1, Optional.of(v1), png(400, 120), true, true)).consent();
        assertThat(refusal(signed.sign(1, Optional.of(v1), "Emma Jones", png(400, 120), true, true, SIGNED,
                "203.0.113.7", ""))).isEqualTo(ConsentProblem.Reason.ILLEGAL_STEP);
    }

    @Test
    @DisplayName("Only the treating practitioner or their supervising prescriber countersigns, after the client")
    void countersign() {
        PractitionerId treating = PractitionerId.random();
        PractitionerId prescriber = PractitionerId.random();
        assertThat(refusal(given.countersign(treating, "Sofia Rossi", treating, Optional.empty(), SIGNED)))
                .isEqualTo(ConsentProblem.Reason.ILLEGAL_STEP);
        ConsentRecord signed = ((ConsentResult.Applied) sign(1, Optional.of(v1), png(400, 120), true, true)).consent();
        assertThat(refusal(signed.countersign(PractitionerId.random(), "Someone", treating, Optional.of(prescriber),
                SIGNED.plusSeconds(60)))).isEqualTo(ConsentProblem.Reason.NOT_THE_COUNTERSIGNER);
        ConsentRecord countersigned = ((ConsentResult.Applied) signed.countersign(prescriber, "Priya Shah RN", treating,
                Optional.of(prescriber), SIGNED.plusSeconds(60))).consent();
        assertThat(countersigned.countersignature().orElseThrow().capacity())
                .isEqualTo(Countersignature.Capacity.SUPERVISING_PRESCRIBER);
    }

    @Test
    @DisplayName("Check-in needs a signed consent for the course; a later template change does not undo it")
    void checkIn() {
        Instant checkIn = Instant.parse("2026-06-15T10:00:00Z");
        assertThat(ConsentRequirement.forCheckIn(List.of(given), client, course, CHEMICAL_PEEL, checkIn,
                Optional.of(v2))).map(ConsentProblem::reason).contains(ConsentProblem.Reason.CONSENT_NOT_SIGNED);
        ConsentRecord signed = ((ConsentResult.Applied) sign(1, Optional.of(v1), png(400, 120), true, true)).consent();
        assertThat(ConsentRequirement.forCheckIn(List.of(signed), client, course, CHEMICAL_PEEL, checkIn,
                Optional.of(v2))).isEmpty();
    }

    @Test
    @DisplayName("A new course needs its own consent, signed to the version then in effect")
    void newCourse() {
        ConsentRecord signed = ((ConsentResult.Applied) sign(1, Optional.of(v1), png(400, 120), true, true)).consent();
        CourseId next = CourseId.random();
        Instant checkIn = Instant.parse("2026-06-15T10:00:00Z");
        Optional<ConsentProblem> problem = ConsentRequirement.forCheckIn(List.of(signed), client, next, CHEMICAL_PEEL,
                checkIn, Optional.of(v2));
        assertThat(problem.orElseThrow().message()).contains("version 2");
        ConsentRecord onV1 = ConsentRecord.informationGiven(ConsentId.random(), client, next, v1, checkIn);
        assertThat(refusal(onV1.sign(1, Optional.of(v2), "Emma Jones", png(400, 120), true, true, checkIn,
                "203.0.113.7", ""))).isEqualTo(ConsentProblem.Reason.WRONG_TEMPLATE_VERSION);
    }

    @Test
    @DisplayName("A withdrawn consent no longer supports check-in")
    void withdrawn() {
        ConsentRecord signed = ((ConsentResult.Applied) sign(1, Optional.of(v1), png(400, 120), true, true)).consent();
        ConsentRecord withdrawn = ((ConsentResult.Applied) signed.withdraw(SIGNED.plusSeconds(3600))).consent();
        assertThat(ConsentRequirement.forCheckIn(List.of(withdrawn), client, course, CHEMICAL_PEEL,
                SIGNED.plusSeconds(7200), Optional.of(v1))).isPresent();
    }
}
