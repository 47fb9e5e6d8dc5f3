package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.OneOf;
import com.laca.domain.academy.practice.SignOffDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supervisor's decision on a logged case; declining needs a comment saying why. */
@Schema(name = "SignOffRequest", requiredProperties = {"decision"})
public record SignOffRequest(
        @NotBlank(message = Fields.REQUIRED) @OneOf(SignOffDecision.class) String decision,
        @Size(max = 2000, message = "must be at most 2000 characters") String comment) {

    SignOffDecision toDecision() {
        return SignOffDecision.valueOf(decision);
    }

    Optional<String> toComment() {
        return Optional.ofNullable(comment).filter(text -> !text.isBlank());
    }
}
