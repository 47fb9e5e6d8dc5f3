package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.TemplatePreview;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template rendered with sample data, and every problem found (unknown names, forbidden words, an SMS too long). */
@Schema(name = "TemplatePreview")
public record TemplatePreviewResponse(
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String text,
        @Schema(nullable = true) String html,
        List<String> problems) {

    static TemplatePreviewResponse from(TemplatePreview preview) {
        return new TemplatePreviewResponse(preview.subject().orElse(null), preview.text().orElse(null),
                preview.html().orElse(null), preview.problems());
    }
}
