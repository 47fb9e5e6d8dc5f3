package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.ManageTemplatesUseCase.TemplateEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One template slot of the clinic and its own wording, if it replaced the default. */
@Schema(name = "TemplateEntry")
public record TemplateEntryResponse(
        @Schema(example = "booking-confirmed") String kind,
        @Schema(example = "email") String channel,
        @Schema(example = "en-GB") String locale,
        @Schema(description = "True when the clinic replaced the shipped default") boolean customised,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String text,
        @Schema(nullable = true) String html) {

    static TemplateEntryResponse from(TemplateEntry entry) {
        return new TemplateEntryResponse(entry.key().kind(), entry.key().channel().name().toLowerCase(),
                entry.key().locale().toLanguageTag(), entry.custom().isPresent(),
                entry.custom().flatMap(t -> t.subject()).orElse(null),
                entry.custom().map(t -> t.text()).orElse(null),
                entry.custom().flatMap(t -> t.html()).orElse(null));
    }
}
