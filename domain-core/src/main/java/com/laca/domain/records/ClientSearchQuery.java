package com.laca.domain.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client search as the front desk types it: name words, an e-mail, a phone number or a date of birth, each matched
 * by prefix after the normalisation of {@link SearchText}; every criterion given must match.
 *
 * @param nameWords   each must start one of the client's name words (its first
 *                    {@link com.laca.domain.shared.PersonNames#MAX_SEARCH_WORDS}); empty for no name criterion
 * @param emailPrefix the start of the e-mail address
 * @param phonePrefix the start of the phone number, as international digits
 * @param dateOfBirth the dates of birth that match
 */
public record ClientSearchQuery(List<String> nameWords, Optional<String> emailPrefix, Optional<String> phonePrefix,
                                Optional<BirthDateRange> dateOfBirth) {

    private static final int MAX_TERM = 100;
    private static final int MIN_PHONE_DIGITS = 4;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().-]+");

    public ClientSearchQuery {
        nameWords = Texts.list(nameWords, "nameWords");
        Objects.requireNonNull(emailPrefix, "emailPrefix");
        Objects.requireNonNull(phonePrefix, "phonePrefix");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        if (nameWords.isEmpty() && emailPrefix.isEmpty() && phonePrefix.isEmpty() && dateOfBirth.isEmpty()) {
            throw new IllegalArgumentException("search by at least one of name, email, phone or date of birth");
        }
    }

    /**
     * One search box: a term with '@' is an e-mail, a date (1990, 1990-04, 1990-04-15 or 15/04/1990) a date of
     * birth, digits with phone punctuation a phone number, anything else name words.
     */
    public static ClientSearchQuery freeText(String term) {
        String text = term(term, "q");
        if (text.contains("@")) {
            return of(null, text, null, null);
        }
        if (ISO_DATE.matcher(text).matches() || UK_DATE.matcher(text).matches()) {
            return of(null, null, null, text);
        }
        if (PHONE.matcher(text).matches()) {
            return of(null, null, text, null);
        }
        return of(text, null, null, null);
    }

    /** Separate criteria, each optional (null or blank means "not searched by"); at least one is needed. */
    public static ClientSearchQuery of(String name, String email, String phone, String dateOfBirth) {
        List<String> words = blank(name) ? List.of() : SearchText.nameWords(term(name, "name"));
        if (!blank(name) && words.isEmpty()) {
            throw new IllegalArgumentException("name must contain letters or digits");
        }
        Optional<String> mail = blank(email) ? Optional.empty() : Optional.of(SearchText.email(term(email, "email")));
        Optional<String> digits = Optional.empty();
        if (!blank(phone)) {
            String typed = term(phone, "phone");
            if (!PHONE.matcher(typed).matches()) {
                throw new IllegalArgumentException("phone may contain only digits, spaces, +, -, . and brackets");
            }
            digits = Optional.of(SearchText.phoneDigits(typed));
            if (digits.get().length() < MIN_PHONE_DIGITS) {
                throw new IllegalArgumentException("phone needs at least " + MIN_PHONE_DIGITS + " digits");
            }
        }
        Optional<BirthDateRange> born = blank(dateOfBirth) ? Optional.empty()
                : Optional.of(birthDates(term(dateOfBirth, "dateOfBirth")));
        return new ClientSearchQuery(words, mail, digits, born);
    }

    /** Whether the client with these keys matches every criterion. */
    public boolean matches(ClientSearchKeys keys) {
        boolean name = nameWords.stream().allMatch(word -> keys.nameWords().stream().anyMatch(w -> w.startsWith(word)));
        boolean mail = emailPrefix.map(prefix -> keys.email().filter(e -> e.startsWith(prefix)).isPresent())
                .orElse(true);
        boolean phone = phonePrefix.map(prefix -> keys.phoneDigits().filter(p -> p.startsWith(prefix)).isPresent())
                .orElse(true);
        boolean born = dateOfBirth.map(range -> range.contains(keys.dateOfBirth())).orElse(true);
        return name && mail && phone && born;
    }

    private static BirthDateRange birthDates(String text) {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                int year = Integer.parseInt(iso.group(1));
                if (iso.group(2) == null) {
                    return BirthDateRange.in(Year.of(year));
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(iso.group(2)));
                return iso.group(3) == null ? BirthDateRange.in(month)
                        : BirthDateRange.on(month.atDay(Integer.parseInt(iso.group(3))));
            }
            Matcher uk = UK_DATE.matcher(text);
            if (uk.matches()) {
                return BirthDateRange.on(LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1))));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("dateOfBirth is not a real date: " + text);
        }
        throw new IllegalArgumentException("dateOfBirth must look like 1990, 1990-04, 1990-04-15 or 15/04/1990");
    }

    private static String term(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < 2) {
            throw new IllegalArgumentException(field + " needs at least 2 characters");
        }
        if (trimmed.length() > MAX_TERM) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_TERM + " characters");
        }
        return trimmed;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
