package com.laca.bootstrap.demo;

import com.laca.application.consent.port.in.ConsentTemplateUseCase;
import com.laca.application.consent.port.in.NewTemplateCommand;
import com.laca.application.shared.Caller;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.BlockKind;
import com.laca.domain.consent.ConsentBlock;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demonstration clinic's consent forms for toxin, filler, peel and laser in England, each with every mandatory
 * section, so a new user can open and sign one through a booking's private link and see check-in wait for it.
 */
final class DemoConsent {

    /** In effect from well before any demo booking. */
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2024, 1, 1);

    private final ConsentTemplateUseCase templates;

    DemoConsent(ConsentTemplateUseCase templates) {
        this.templates = templates;
    }

    /** Seeds version 1 of each form; called once, right after the clinic is created. */
    void seed(Tenant clinic) {
        Caller owner = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
        String england = JurisdictionCode.ENGLAND.code();
        templates.create(owner, new NewTemplateCommand(TreatmentCategory.ANTI_WRINKLE, england, EFFECTIVE_FROM,
                "Consent to anti-wrinkle (botulinum toxin) treatment", blocks(
                        "Botulinum toxin, a prescription-only medicine, is injected into chosen facial muscles to "
                                + "relax them. It was prescribed after a face-to-face consultation.",
                        "Bruising, swelling, headache, temporary drooping of the eyelid or brow, asymmetry, "
                                + "flu-like symptoms and, rarely, allergic reaction or spread of the toxin effect "
                                + "causing difficulty swallowing or breathing (seek urgent care).",
                        "No treatment; skincare and sun protection; dermal fillers for some lines.",
                        "Stay upright for 4 hours, do not rub the area, avoid strenuous exercise and alcohol for 24 "
                                + "hours. The effect appears over 3-14 days; contact {{clinic.name}} with any concern.")));
        templates.create(owner, new NewTemplateCommand(TreatmentCategory.DERMAL_FILLER, england, EFFECTIVE_FROM,
                "Consent to dermal filler treatment", blocks(
                        "Hyaluronic acid filler, usually with lidocaine, is injected to restore volume or shape.",
                        "Bruising, swelling, tenderness, lumps, asymmetry, infection, and rarely blockage of a blood "
                                + "vessel causing skin damage or, very rarely, loss of vision: report blanching, "
                                + "severe pain or any change in vision at once.",
                        "No treatment; toxin for dynamic lines; skin treatments.",
                        "Avoid make-up for 12 hours, heat, saunas and strenuous exercise for 48 hours, and dental "
                                + "work for 2 weeks. Contact {{clinic.name}} at once with any warning sign.")));
        templates.create(owner, new NewTemplateCommand(TreatmentCategory.CHEMICAL_PEEL, england, EFFECTIVE_FROM,
                "Consent to a chemical peel", blocks(
                        "An acid solution is applied to the skin to remove damaged outer layers.",
                        "Redness, stinging, peeling, temporary darkening or lightening of the skin, cold-sore "
                                + "reactivation, infection and, rarely, scarring.",
                        "No treatment; topical skincare; microneedling or laser treatments.",
                        "Use gentle cleanser and moisturiser, SPF 50 daily, do not pick peeling skin, avoid "
                                + "retinoids and exfoliants for 7 days.")));
        templates.create(owner, new NewTemplateCommand(TreatmentCategory.LASER, england, EFFECTIVE_FROM,
                "Consent to laser or IPL treatment", blocks(
                        "Light energy is applied to the skin to treat hair, pigment or vessels; eye protection is "
                                + "worn throughout.",
                        "Redness, swelling, blistering, burns, pigment change, and eye injury if protection is "
                                + "removed; photosensitising medicines and recent tanning raise the risks.",
                        "No treatment; shaving or waxing; topical treatments for pigment.",
                        "Cool the area, avoid sun, tanning and heat for 2 weeks, apply SPF 50 daily.")));
    }

    private static List<ConsentBlock> blocks(String procedure, String risks, String alternatives, String aftercare) {
        return List.of(
                new ConsentBlock(BlockKind.PROCEDURE, "Your treatment", "{{client.fullName}} (born "
                        + "{{client.dateOfBirth}}) is to have {{treatment.name}} with {{practitioner.name}} at "
                        + "{{clinic.name}}, {{clinic.address}}. " + procedure),
                new ConsentBlock(BlockKind.RISKS, "Risks and side effects", risks),
                new ConsentBlock(BlockKind.ALTERNATIVES, "Alternatives", alternatives),
                new ConsentBlock(BlockKind.AFTERCARE, "Aftercare", aftercare),
                new ConsentBlock(BlockKind.DATA_PROCESSING, "Your health information",
                        "{{clinic.name}} keeps your answers, this form and treatment notes as health records under "
                                + "UK GDPR Article 9, only for your care and as the law requires, for 8 years after "
                                + "your last treatment."),
                new ConsentBlock(BlockKind.PHOTO_CONSENT_CLINICAL, "Photographs for your clinical record",
                        "We may photograph the treated area before and after, kept only in your clinical record. "
                                + "You may say no; it does not affect your treatment."),
                new ConsentBlock(BlockKind.PHOTO_CONSENT_MARKETING, "Photographs for marketing",
                        "Separately, you may allow {{clinic.name}} to use photographs, without your name, in its "
                                + "marketing. This is entirely optional and you can withdraw it at any time."));
    }
}
