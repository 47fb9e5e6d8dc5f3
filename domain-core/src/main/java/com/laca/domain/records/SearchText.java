package com.laca.domain.records;

import com.laca.domain.shared.PersonNames;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names, e-mail addresses and phone numbers are normalised for prefix search, applied alike to what is stored
 * and what staff type, so "Zoë O'Brien", "zoe obrien" and "ZOE O’BRIEN" find the same client and "07911 123456"
 * finds "+44 7911 123456".
 */
public final class SearchText {

    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");

    private SearchText() {
    }

    /** A name as lower-case words without accents or apostrophes, as {@link PersonNames#fold} folds it. */
    public static String name(String text) {
        return PersonNames.fold(text);
    }

    /** The words of {@link #name}, each a separate prefix target ("mary jane smith" → mary, jane, smith). */
    public static List<String> nameWords(String text) {
        String normalised = name(text);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** An e-mail address or the start of one, trimmed and lower-cased as {@code EmailAddress} stores it. */
    public static String email(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A phone number or the start of one as international digits without the plus: "+44 7911 12", "+44 (0)7911 12",
     * "0044 7911 12" and "07911 12" all become "44791112"; digits typed without a leading +, 00 or 0 are taken as
     * written.
     */
    public static String phoneDigits(String text) {
        String stripped = text.replace("(0)", "").strip();
        String digits = NOT_DIGITS.matcher(stripped).replaceAll("");
        if (stripped.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "44" + digits.substring(1);
        }
        return digits;
    }
}
