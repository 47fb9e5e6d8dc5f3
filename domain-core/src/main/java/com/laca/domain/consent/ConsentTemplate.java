package com.laca.domain.consent;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One version of the consent form for a category in a jurisdiction, in effect from a date until a later version takes
 * over; versions are never edited, a change is a new version.
 *
 * @param id            this version
 * @param category      the treatment category it is for
 * @param jurisdiction  the jurisdiction code, e.g. {@code GB-ENG}
 * @param version       1, 2, … per category and jurisdiction
 * @param effectiveFrom the first local date it is in effect
 * @param title         shown at the top
 * @param blocks        the sections, in order
 */
public record ConsentTemplate(ConsentTemplateId id, TreatmentCategory category, String jurisdiction, int version,
                              LocalDate effectiveFrom, String title, List<ConsentBlock> blocks) {

    public ConsentTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (version < 1) {
            throw new IllegalArgumentException("template version must be at least 1");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("template title must be 1-200 characters");
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /** The mandatory blocks this template lacks, so an incomplete template can be refused when it is saved. */
    public Set<BlockKind> missingMandatoryBlocks() {
        Set<BlockKind> missing = EnumSet.noneOf(BlockKind.class);
        for (BlockKind kind : BlockKind.values()) {
            if (kind.isMandatory() && blocks.stream().noneMatch(b -> b.kind() == kind && !b.text().isBlank())) {
                missing.add(kind);
            }
        }
        return missing;
    }

    /** The merge fields the template uses, in order of first use. */
    public Set<MergeField> fields() {
        Set<MergeField> fields = new LinkedHashSet<>();
        blocks.forEach(block -> fields.addAll(block.fields()));
        return fields;
    }

    /**
     * Fills the merge fields; refused, with every problem named, if a field the template uses has no value or a
     * mandatory block is absent or empty after merging. A missing field is never rendered as a blank.
     */
    public MergeResult merge(Map<MergeField, String> values) {
        Objects.requireNonNull(values, "values");
        List<ConsentProblem> problems = new ArrayList<>();
        for (MergeField field : fields()) {
            String value = values.get(field);
            if (value == null || value.isBlank()) {
                problems.add(new ConsentProblem(ConsentProblem.Reason.MISSING_MERGE_FIELD,
                        "The consent form needs " + field.key() + ", which is not known."));
            }
        }
        if (!problems.isEmpty()) {
            return new MergeResult.Refused(problems);
        }
        List<ConsentBlock> merged = new ArrayList<>(blocks.size());
        for (ConsentBlock block : blocks) {
            merged.add(new ConsentBlock(block.kind(), block.heading(), fill(block.text(), values)));
        }
        for (BlockKind kind : BlockKind.values()) {
            if (kind.isMandatory() && merged.stream().noneMatch(b -> b.kind() == kind && !b.text().isBlank())) {
                problems.add(new ConsentProblem(ConsentProblem.Reason.MISSING_MANDATORY_BLOCK,
                        "The consent form has no " + kind + " section; it cannot be used until one is added."));
            }
        }
        return problems.isEmpty()
                ? new MergeResult.Merged(new MergedConsent(id, category, jurisdiction, version, title, merged))
                : new MergeResult.Refused(problems);
    }

    private static String fill(String text, Map<MergeField, String> values) {
        Matcher matcher = ConsentBlock.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            MergeField field = MergeField.byKey(matcher.group(1)).orElseThrow();
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(field).strip()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
