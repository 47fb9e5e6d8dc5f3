package com.laca.domain.academy.question;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matches short-text answers against patterns with {@code *}, in time proportional to the lengths' product (no
 * regular expression, so a hostile pattern or answer cannot make matching explode).
 */
final class Wildcard {

    private Wildcard() {
    }

    /** Trimmed, NFC-normalised, inner runs of white space reduced to one space, and folded if case is ignored. */
    static String normalise(String text, CaseRule caseRule) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        StringBuilder collapsed = new StringBuilder(normal.length());
        boolean inSpace = false;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space) {
                collapsed.append(c);
            } else if (!inSpace) {
                collapsed.append(' ');
            }
            inSpace = space;
        }
        String result = collapsed.toString();
        return caseRule == CaseRule.IGNORE_CASE ? result.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT) : result;
    }

    /** Whether the normalised {@code text} matches the normalised {@code pattern}. */
    static boolean matches(String pattern, String text) {
        int length = 0;
        char[] chars = new char[pattern.length()];
        boolean[] star = new boolean[pattern.length()];
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                chars[length++] = '*';
                i++;
            } else {
                star[length] = c == '*';
                chars[length++] = c;
            }
        }
        int p = 0;
        int t = 0;
        int lastStar = -1;
        int resumeAt = 0;
        while (t < text.length()) {
            if (p < length && !star[p] && chars[p] == text.charAt(t)) {
                p++;
                t++;
            } else if (p < length && star[p]) {
                lastStar = p++;
                resumeAt = t;
            } else if (lastStar >= 0) {
                p = lastStar + 1;
                t = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < length && star[p]) {
            p++;
        }
        return p == length;
    }
}
