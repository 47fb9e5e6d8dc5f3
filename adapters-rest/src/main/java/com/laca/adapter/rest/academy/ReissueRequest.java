package com.laca.adapter.rest.academy;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reissue: optionally the learner's corrected name; without one the copy keeps the name as printed. */
@Schema(name = "ReissueRequest")
public record ReissueRequest(
        @Size(max = 200, message = "must be at most 200 characters") String learnerName) {

    Optional<String> correctedName() {
        return Optional.ofNullable(learnerName).filter(name -> !name.isBlank()).map(String::strip);
    }
}
