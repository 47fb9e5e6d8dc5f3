package com.laca.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How people's names are folded before they are compared, so "Zoë O'Brien", "zoe obrien" and "ZOE O’BRIEN" are one
 * name both when a booking is matched to a client and when staff search for one.
 */
public final class PersonNames {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u00B4`]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String[][] LETTERS = {
            {"\u00DF", "ss"}, {"\u00E6", "ae"}, {"\u0153", "oe"}, {"\u00F8", "o"}, {"\u0142", "l"},
            {"\u0111", "d"}, {"\u00F0", "d"}, {"\u00FE", "th"}, {"\u0131", "i"}};

    /**
     * How many of a name's distinct words a person is found by (the first ones, first name then last name): more than
     * the longest real names have, and a bound on the search keys stored for a name of a hundred one-letter words,
     * which a public booking could send.
     */
    public static final int MAX_SEARCH_WORDS = 20;

    private PersonNames() {
    }

    /**
     * A name as lower-case words without accents or apostrophes: letters are decomposed (NFKD) and their marks
     * dropped, letters that do not decompose (ß, æ, ø, ł ...) are spelled out, and anything not a letter or digit
     * separates words.
     */
    public static String fold(String text) {
        String plain = APOSTROPHES.matcher(text).replaceAll("");
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            plain = plain.replace(letter[0], letter[1]);
        }
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    /**
     * A name as one comparison key: {@link #fold} without the spaces, so "Smith-Jones", "smith jones" and
     * "SMITHJONES" are one key; empty when the name has no letter or digit.
     */
    public static String key(String text) {
        return fold(text).replace(" ", "");
    }
}
