package com.laca.domain.consent;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One client's consent for one treatment course, from the moment the information was given through signature and
 * countersignature; immutable, each step answers a new record or a refusal. It binds to the template version signed,
 * so a later template change never invalidates it, while a new course starts a new record on the version then in
 * effect.
 *
 * @param id                 the consent
 * @param client             who consents
 * @param course             the treatment course it covers
 * @param category           the treatment category
 * @param jurisdiction       the jurisdiction of the template
 * @param template           the template version given and signed
 * @param templateVersion    its number
 * @param informationGivenAt when the client was given the form to read (before signing, separately recorded)
 * @param signature          the client's signature, once signed
 * @param photos             the two photo answers, once signed
 * @param countersignature   the practitioner's countersignature, once made
 * @param withdrawnAt        when the client withdrew consent, if they did
 */
public record ConsentRecord(ConsentId id, ClientId client, CourseId course, TreatmentCategory category,
                            String jurisdiction, ConsentTemplateId template, int templateVersion,
                            Instant informationGivenAt, Optional<ClientSignature> signature,
                            Optional<PhotoConsent> photos, Optional<Countersignature> countersignature,
                            Optional<Instant> withdrawnAt) {

    private static final int MAX_TYPED_NAME = 200;

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(informationGivenAt, "informationGivenAt");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(countersignature, "countersignature");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (signature.isPresent() != photos.isPresent()) {
            throw new IllegalArgumentException("the photo answers are given with the signature");
        }
        if (countersignature.isPresent() && signature.isEmpty()) {
            throw new IllegalArgumentException("a countersignature follows the client's signature");
        }
        signature.ifPresent(s -> {
            if (s.templateVersion() != templateVersion) {
                throw new IllegalArgumentException("the signature is for another template version");
            }
        });
    }

    /** The client is given the form of the template in effect: the consent starts here, unsigned. */
    public static ConsentRecord informationGiven(ConsentId id, ClientId client, CourseId course,
                                                 ConsentTemplate template, Instant at) {
        return new ConsentRecord(id, client, course, template.category(), template.jurisdiction(), template.id(),
                template.version(), at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The client signs. Refused if the version presented is not this record's, if another version has come into
     * effect since the form was given (the client must read and sign that one), if the typed name is blank, if the
     * image is not an acceptable PNG, if either photo answer is missing, or if it is already signed or withdrawn.
     *
     * @param presentedVersion the template version the client's page showed
     * @param inEffect         the template in effect on the signing date, for this category and jurisdiction
     * @param typedName        the name the client typed
     * @param image            the drawn signature's bytes
     * @param clinicalPhotos   the answer about clinical photographs ({@code null} when not answered)
     * @param marketingPhotos  the answer about marketing photographs ({@code null} when not answered)
     */
    public ConsentResult sign(int presentedVersion, Optional<ConsentTemplate> inEffect, String typedName, byte[] image,
                              Boolean clinicalPhotos, Boolean marketingPhotos, Instant at, String ipAddress,
                              String userAgent) {
        if (signature.isPresent() || withdrawnAt.isPresent()) {
            return refused(ConsentProblem.Reason.ILLEGAL_STEP, "This consent is already signed or was withdrawn.");
        }
        if (at.isBefore(informationGivenAt)) {
            return refused(ConsentProblem.Reason.ILLEGAL_STEP, "A consent cannot be signed before it was given.");
        }
        if (presentedVersion != templateVersion) {
            return refused(ConsentProblem.Reason.WRONG_TEMPLATE_VERSION, "You were given version " + templateVersion
                    + " of this form, not version " + presentedVersion + ".");
        }
        if (inEffect.isEmpty() || !inEffect.get().id().equals(template)) {
            return refused(ConsentProblem.Reason.WRONG_TEMPLATE_VERSION, "A newer version of this consent form is "
                    + "now in effect; please read and sign that one.");
        }
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty() || name.length() > MAX_TYPED_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return refused(ConsentProblem.Reason.TYPED_NAME_INVALID,
                    "Please type your full name (1-" + MAX_TYPED_NAME + " characters).");
        }
        if (clinicalPhotos == null || marketingPhotos == null) {
            return refused(ConsentProblem.Reason.PHOTO_CONSENT_UNANSWERED, "Please answer both photograph "
                    + "questions: for your clinical record, and for marketing. Each is a separate choice.");
        }
        SignatureImage.Result checked = SignatureImage.of(image);
        if (checked instanceof SignatureImage.Result.Refused refusal) {
            return new ConsentResult.Refused(refusal.problem());
        }
        ClientSignature signed = new ClientSignature(name, checked.accepted().orElseThrow(), at, ipAddress, userAgent,
                templateVersion);
        return applied(new ConsentRecord(id, client, course, category, jurisdiction, template, templateVersion,
                informationGivenAt, Optional.of(signed), Optional.of(new PhotoConsent(clinicalPhotos, marketingPhotos)),
                Optional.empty(), Optional.empty()));
    }

    /**
     * A practitioner countersigns: only the practitioner who will treat, or their supervising prescriber, and only
     * after the client signed.
     */
    public ConsentResult countersign(PractitionerId by, String name, PractitionerId treating,
                                     Optional<PractitionerId> supervisingPrescriber, Instant at) {
        if (signature.isEmpty() || countersignature.isPresent() || withdrawnAt.isPresent()) {
            return refused(ConsentProblem.Reason.ILLEGAL_STEP,
                    "Only a signed, not yet countersigned, not withdrawn consent can be countersigned.");
        }
        if (at.isBefore(signature.get().signedAt())) {
            return refused(ConsentProblem.Reason.ILLEGAL_STEP, "A countersignature cannot precede the signature.");
        }
        Countersignature.Capacity capacity;
        if (by.equals(treating)) {
            capacity = Countersignature.Capacity.TREATING_PRACTITIONER;
        } else if (supervisingPrescriber.filter(by::equals).isPresent()) {
            capacity = Countersignature.Capacity.SUPERVISING_PRESCRIBER;
        } else {
            return refused(ConsentProblem.Reason.NOT_THE_COUNTERSIGNER,
                    "Only the treating practitioner or their supervising prescriber may countersign.");
        }
        return applied(new ConsentRecord(id, client, course, category, jurisdiction, template, templateVersion,
                informationGivenAt, signature, photos, Optional.of(new Countersignature(by, name, capacity, at)),
                withdrawnAt));
    }

    /** The client withdraws consent; from then on it supports no check-in. */
    public ConsentResult withdraw(Instant at) {
        if (withdrawnAt.isPresent()) {
            return refused(ConsentProblem.Reason.ILLEGAL_STEP, "This consent was already withdrawn.");
        }
        return applied(new ConsentRecord(id, client, course, category, jurisdiction, template, templateVersion,
                informationGivenAt, signature, photos, countersignature, Optional.of(at)));
    }

    /** Whether the client has signed and not withdrawn. */
    public boolean isSigned() {
        return signature.isPresent() && withdrawnAt.isEmpty();
    }

    /** Whether it supports checking the client in for this course and category at {@code at}. */
    public boolean supportsCheckIn(ClientId client, CourseId course, TreatmentCategory category, Instant at) {
        return this.client.equals(client) && this.course.equals(course) && this.category == category
                && signature.filter(s -> !s.signedAt().isAfter(at)).isPresent()
                && withdrawnAt.filter(w -> !w.isAfter(at)).isEmpty();
    }

    private static ConsentResult refused(ConsentProblem.Reason reason, String message) {
        return new ConsentResult.Refused(new ConsentProblem(reason, message));
    }

    private static ConsentResult applied(ConsentRecord record) {
        return new ConsentResult.Applied(record);
    }
}
