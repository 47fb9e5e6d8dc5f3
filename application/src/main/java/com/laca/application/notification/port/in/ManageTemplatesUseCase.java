package com.laca.application.notification.port.in;

import com.laca.application.shared.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lets a clinic word its own messages: see which templates it has replaced, preview any template (its own, a draft, or
 * the shipped default) with sample data and the problems found, store one only when it has no problem (never a
 * template that names what a lock screen may not show), and go back to the default.
 */
public interface ManageTemplatesUseCase {

    /** Every kind and channel of the catalogue, for the tenant's locale and any locale it stored templates for. */
    List<TemplateEntry> list(Caller caller);

    /**
     * Renders {@code draft}, or else the tenant's template for the key, or else the default, with sample data.
     *
     * @throws com.laca.application.shared.InvalidInputException if the kind is unknown or never uses the channel
     */
    TemplatePreview preview(Caller caller, TemplateSlot key, Optional<TemplateText> draft);

    /**
     * Stores the tenant's template after previewing it; refused, and nothing stored, when the preview finds problems.
     *
     * @throws com.laca.application.shared.InvalidInputException if the kind is unknown or never uses the channel
     */
    SaveTemplateResult save(Caller caller, TemplateSlot key, TemplateText template);

    /**
     * Goes back to the shipped default.
     *
     * @throws com.laca.application.shared.NotFoundException if the tenant had no template of its own for the key
     */
    void reset(Caller caller, TemplateSlot key);

    /** One template slot, and the tenant's own wording for it if it has one. */
    record TemplateEntry(TemplateSlot key, Optional<TemplateText> custom) {
        public TemplateEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(custom, "custom");
        }
    }

    /** What storing a template did; a refusal lists every problem so the editor can show them all at once. */
    sealed interface SaveTemplateResult {

        /** Stored; the preview shows how it reads with sample data. */
        record Saved(TemplatePreview preview) implements SaveTemplateResult {
            public Saved {
                Objects.requireNonNull(preview, "preview");
            }
        }

        /** Not stored, because of these problems. */
        record Refused(List<String> problems) implements SaveTemplateResult {
            public Refused {
                problems = List.copyOf(problems);
                if (problems.isEmpty()) {
                    throw new IllegalArgumentException("a refusal names at least one problem");
                }
            }
        }
    }
}
