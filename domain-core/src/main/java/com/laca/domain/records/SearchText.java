package com.laca.domain.records;

import java.text.Normalizer;
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

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u00B4`]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");
    private static final String[][] LETTERS = {
            {"\u00DF", "ss"}, {"\u00E6", "ae"}, {"\u0153", "oe"}, {"\u00F8", "o"}, {"\u0142", "l"},
            {"\u0111", "d"}, {"\u00F0", "d"}, {"\u00FE", "th"}, {"\u0131", "i"}};

    private SearchText() {
    }

    /**
     * A name as lower-case words without accents or apostrophes: letters are decomposed (NFKD) and their marks
     * dropped, letters that do not decompose (ß, æ, ø, ł ...) are spelled out, and anything not a letter or digit
     * separates words.
     */
    public static String name(String text) {
        String plain = APOSTROPHES.matcher(text).replaceAll("");
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            plain = plain.replace(letter[0], letter[1]);
        }
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
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
