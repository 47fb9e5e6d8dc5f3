package com.laca.domain.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of a consent form: a heading and text that may contain merge fields such as {{client.fullName}}.
 *
 * @param kind    what the section is
 * @param heading shown above it
 * @param text    the body; placeholders must name a {@link MergeField}
 */
public record ConsentBlock(BlockKind kind, String heading, String text) {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    public ConsentBlock {
        Objects.requireNonNull(kind, "kind");
        if (heading == null || heading.isBlank() || heading.length() > 200) {
            throw new IllegalArgumentException("block heading must be 1-200 characters");
        }
        Objects.requireNonNull(text, "text");
        if (text.length() > 20_000) {
            throw new IllegalArgumentException("block text must be at most 20000 characters");
        }
        for (String key : placeholders(text)) {
            if (MergeField.byKey(key).isEmpty()) {
                throw new IllegalArgumentException("unknown merge field {{" + key + "}} in block " + kind);
            }
        }
    }

    /** The merge fields this block uses. */
    public List<MergeField> fields() {
        return placeholders(text).stream().map(key -> MergeField.byKey(key).orElseThrow()).toList();
    }

    static List<String> placeholders(String text) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
