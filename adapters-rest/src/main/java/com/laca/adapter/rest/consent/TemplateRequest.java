package com.laca.adapter.rest.consent;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.consent.port.in.NewTemplateCommand;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.BlockKind;
import com.laca.domain.consent.ConsentBlock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A new version of a consent form. */
@Schema(name = "ConsentTemplateRequest",
        requiredProperties = {"category", "jurisdiction", "effectiveFrom", "title", "blocks"}, properties = {
        @SchemaProperty(name = "category", example = "DERMAL_FILLER"),
        @SchemaProperty(name = "jurisdiction", example = "GB-ENG"),
        @SchemaProperty(name = "effectiveFrom", example = "2027-01-01", description = "after the previous version's"),
        @SchemaProperty(name = "title", example = "Consent to dermal filler treatment"),
        @SchemaProperty(name = "blocks", description = "every mandatory kind at least once")})
public record TemplateRequest(String category, String jurisdiction, String effectiveFrom, String title,
                              List<BlockJson> blocks) {

    NewTemplateCommand toCommand() {
        List<BlockJson> given = Fields.required(blocks, "blocks");
        List<ConsentBlock> parsed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            BlockJson block = Fields.required(given.get(i), "blocks[" + i + "]");
            try {
                parsed.add(new ConsentBlock(Fields.enumValue(BlockKind.class, block.kind(), "blocks[" + i + "].kind"),
                        block.heading(), block.text()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("blocks[" + i + "]", e.getMessage() == null ? "incomplete"
                        : e.getMessage());
            }
        }
        String text = Fields.required(title, "title");
        if (text.isBlank() || text.length() > 200) {
            throw new InvalidInputException("title", "must be 1-200 characters");
        }
        return new NewTemplateCommand(Fields.enumValue(TreatmentCategory.class, category, "category"),
                Fields.required(jurisdiction, "jurisdiction"), Dates.date(effectiveFrom, "effectiveFrom"), text,
                parsed);
    }
}
