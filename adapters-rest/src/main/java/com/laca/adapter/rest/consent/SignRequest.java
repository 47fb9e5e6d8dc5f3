package com.laca.adapter.rest.consent;

import com.laca.application.consent.port.in.ConsentRefusedException;
import com.laca.application.consent.port.in.SignConsentCommand;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.consent.ConsentProblem;
import com.laca.domain.consent.SignatureImage;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The client's signature from the pre-visit page. */
@Schema(name = "SignConsentRequest", requiredProperties = {"templateVersion", "typedName", "signaturePng",
        "clinicalPhotos", "marketingPhotos"}, properties = {
        @SchemaProperty(name = "templateVersion", example = "1", description = "the version the page showed"),
        @SchemaProperty(name = "typedName", example = "Clara Clear"),
        @SchemaProperty(name = "signaturePng", description = "the drawn signature, a PNG in base64 (a data: URL "
                + "prefix is accepted), at most 200 KiB decoded, 50-2000 x 20-1000 pixels"),
        @SchemaProperty(name = "clinicalPhotos", description = "photographs may be taken for the clinical record"),
        @SchemaProperty(name = "marketingPhotos", description = "photographs may be used in marketing; a separate "
                + "choice")})
public record SignRequest(Integer templateVersion, String typedName, String signaturePng, Boolean clinicalPhotos,
                          Boolean marketingPhotos) {

    /** The largest base64 text accepted before decoding: the image cap plus base64's third. */
    static final int MAX_BASE64 = (SignatureImage.MAX_BYTES / 3 + 1) * 4 + 64;

    SignConsentCommand toCommand(String ipAddress, String userAgent) {
        if (templateVersion == null) {
            throw new InvalidInputException("templateVersion", "is required: the version of the form you read");
        }
        return new SignConsentCommand(templateVersion, typedName, image(), clinicalPhotos, marketingPhotos,
                ipAddress, userAgent);
    }

    private byte[] image() {
        if (signaturePng == null || signaturePng.isBlank()) {
            throw refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "Please draw your signature.");
        }
        String text = signaturePng.strip();
        if (text.startsWith("data:")) {
            int comma = text.indexOf(',');
            if (!text.startsWith("data:image/png;base64,") || comma < 0) {
                throw refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature must be a PNG image.");
            }
            text = text.substring(comma + 1);
        }
        if (text.length() > MAX_BASE64) {
            throw refused(ConsentProblem.Reason.SIGNATURE_TOO_LARGE,
                    "The signature image is larger than " + SignatureImage.MAX_BYTES / 1024 + " KiB.");
        }
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature is not base64-encoded.");
        }
    }

    private static ConsentRefusedException refused(ConsentProblem.Reason reason, String message) {
        return new ConsentRefusedException(new ConsentProblem(reason, message));
    }

    @Override
    public String toString() {
        return "SignRequest[version " + templateVersion + "]";
    }
}
