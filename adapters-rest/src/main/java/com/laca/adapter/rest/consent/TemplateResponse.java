package com.laca.adapter.rest.consent;

import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.MergeField;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a consent form, with the merge fields it uses. */
@Schema(name = "ConsentTemplate")
public record TemplateResponse(String id, String category, String jurisdiction, int version, String effectiveFrom,
                               String title, List<BlockJson> blocks, List<String> mergeFields) {

    static TemplateResponse from(ConsentTemplate template) {
        return new TemplateResponse(template.id().toString(), template.category().name(), template.jurisdiction(),
                template.version(), template.effectiveFrom().toString(), template.title(),
                template.blocks().stream().map(BlockJson::from).toList(),
                template.fields().stream().map(MergeField::key).toList());
    }
}
