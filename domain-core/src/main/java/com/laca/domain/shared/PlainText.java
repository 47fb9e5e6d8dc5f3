package com.laca.domain.shared;

/**
 * The rules for text that people type and others read (names, addresses, descriptions): no control characters, no
 * invisible formatting or direction overrides, and something visible once surrounding white space is removed, so what
 * is stored can always be read back and shown as it was typed, and cannot pass itself off as something else on a
 * screen (U+202E followed by "evil" shows as "live").
 */
public final class PlainText {

    /** Joins emoji sequences and is part of correct spelling in Persian and Indic scripts, so it is allowed. */
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    /** Also part of correct spelling in Persian and Indic scripts. */
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    /** Blank Braille cell: a visible character to Unicode but an empty space on a screen. */
    private static final int BRAILLE_BLANK = 0x2800;

    private PlainText() {
    }

    /**
     * Whether a character may appear in text: never a control character (bar line breaks and tabs in text of several
     * lines), a formatting character such as a zero-width space or a direction override, an unpaired surrogate, a
     * Unicode line or paragraph separator, a non-character, or a Hangul filler (a blank that counts as a letter).
     */
    public static boolean isAllowed(int codePoint, boolean multiLine) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return multiLine;
        }
        if (codePoint == ZERO_WIDTH_JOINER || codePoint == ZERO_WIDTH_NON_JOINER) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> !isNonCharacter(codePoint) && !isHangulFiller(codePoint);
        };
    }

    /** The first character that {@link #isAllowed} refuses, as a code point, or -1 when there is none. */
    public static int firstForbidden(String text, boolean multiLine) {
        return text.codePoints().filter(c -> !isAllowed(c, multiLine)).findFirst().orElse(-1);
    }

    /** A code point as people look it up, e.g. {@code U+202E}. */
    public static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * A required text of one line, without surrounding white space.
     *
     * @throws IllegalArgumentException naming the field when the text is missing, blank, too long or holds a character
     *                                  that is not allowed
     */
    public static String required(String value, String field, int maxLength) {
        return checked(value, field, maxLength, false);
    }

    /** An optional text of one line: {@code null} or blank means none; otherwise as {@link #required}. */
    public static String optional(String value, String field, int maxLength) {
        return isAbsent(value) ? null : checked(value, field, maxLength, false);
    }

    /** An optional text of several lines (line breaks and tabs allowed); otherwise as {@link #optional}. */
    public static String optionalMultiLine(String value, String field, int maxLength) {
        return isAbsent(value) ? null : checked(value, field, maxLength, true);
    }

    /**
     * The closest text these rules accept to one stored before they existed, so a list or a page never fails on an
     * old row: characters that are not allowed are dropped (line breaks and tabs in one-line text become spaces),
     * white space around is removed, overlong text is cut, and the fallback stands in when nothing visible remains.
     */
    public static String readable(String stored, boolean multiLine, int maxLength, String fallback) {
        if (stored == null) {
            return fallback;
        }
        StringBuilder kept = new StringBuilder(stored.length());
        stored.codePoints().forEach(c -> {
            if (isAllowed(c, multiLine)) {
                kept.appendCodePoint(c);
            } else if (c == '\n' || c == '\r' || c == '\t' || isLineBreak(c)) {
                kept.append(' ');
            }
        });
        String text = kept.toString().strip();
        if (text.length() > maxLength) {
            int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
            text = text.substring(0, end).strip();
        }
        return hasVisibleCharacter(text) ? text : fallback;
    }

    private static String checked(String value, String field, int maxLength, boolean multiLine) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        int forbidden = firstForbidden(value, multiLine);
        if (forbidden >= 0) {
            throw new IllegalArgumentException(field + " must not contain control, invisible or direction-changing"
                    + " characters (found " + describe(forbidden) + ")");
        }
        String text = value.strip();
        if (!hasVisibleCharacter(text)) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    /** Something a reader sees: not white space, not a combining mark on its own, not a joiner or a blank cell. */
    private static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> isAllowed(c, true) && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && c != ZERO_WIDTH_JOINER && c != ZERO_WIDTH_NON_JOINER
                && c != BRAILLE_BLANK && Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.ENCLOSING_MARK);
    }

    private static boolean isLineBreak(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane are reserved never to be characters. */
    private static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static boolean isHangulFiller(int codePoint) {
        return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }
}
