package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.shared.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Answers to the medical questionnaire as submitted; staff also name the treatment category. */
@Schema(name = "ScreeningRequest", requiredProperties = {"questionnaireVersion", "answers"}, properties = {
        @SchemaProperty(name = "category", example = "DERMAL_FILLER",
                description = "staff only: the treatment category answered for"),
        @SchemaProperty(name = "questionnaireVersion", example = "2026.1",
                description = "the version shown; answers to another version are refused"),
        @SchemaProperty(name = "answers", description = "question code to answer: yes/no, an ISO date, one of the "
                + "options, or text")})
public record ScreeningRequest(
        String category,
        @NotBlank(message = Fields.REQUIRED) String questionnaireVersion,
        @NotNull(message = Fields.REQUIRED) @Size(max = 100, message = "must hold at most 100 answers")
        Map<String, String> answers) {


    SubmitScreeningCommand toCommand() {
        Map<String, String> given = answers;
        Map<String, String> copy = new LinkedHashMap<>();
        given.forEach((code, text) -> {
            if (code == null || text == null) {
                throw new InvalidInputException("answers", "every answer needs a question code and a text");
            }
            copy.put(code, text);
        });
        return new SubmitScreeningCommand(questionnaireVersion, copy);
    }

    @Override
    public String toString() {
        return "ScreeningRequest[answers redacted]";
    }
}
