package com.laca.adapter.rest.common;

import com.laca.application.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Reads and writes the date and time texts of the booking API (ISO-8601 local dates, {@code HH:mm} times, instants
 * with an offset), naming the parameter or field in every 400, because a wrong date is the commonest client mistake.
 */
public final class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Dates() {
    }

    /** A required local date such as {@code 2026-12-01}, in years 1 to 9999 as the database can store them. */
    public static LocalDate date(String text, String field) {
        try {
            return storable(LocalDate.parse(Fields.required(text, field).trim()), field,
                    "must be a date such as 2026-12-01");
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-12-01");
        }
    }

    /** Years outside 1–9999 parse in Java but overflow date arithmetic and the database, so they are bad input. */
    private static LocalDate storable(LocalDate date, String field, String problem) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InvalidInputException(field, problem);
        }
        return date;
    }

    /** An optional local date: {@code null} or blank gives the fallback. */
    public static LocalDate dateOr(String text, String field, LocalDate fallback) {
        return text == null || text.isBlank() ? fallback : date(text, field);
    }

    /**
     * Checks a {@code from}/{@code to} pair of inclusive local dates: {@code to} must not be before {@code from}, and
     * the span must be at most {@code maxDays} days, so one request can never ask for an unbounded amount of work.
     */
    public static void requireSpan(LocalDate from, LocalDate to, int maxDays, String toField) {
        if (to.isBefore(from)) {
            throw new InvalidInputException(toField, "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw new InvalidInputException(toField, "must be at most " + maxDays + " days after from, inclusive");
        }
    }

    /** A required wall-clock time of day such as {@code 09:00}. */
    public static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(Fields.required(text, field).trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be a time of day such as 09:00");
        }
    }

    /** A required instant written with its offset, e.g. {@code 2026-12-01T09:00:00Z} or {@code ...T09:00+01:00}. */
    public static Instant instant(String text, String field) {
        try {
            OffsetDateTime moment = OffsetDateTime.parse(Fields.required(text, field).trim());
            storable(moment.toLocalDate(), field, "must be a date-time in years 1 to 9999");
            return moment.toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be a date-time with its offset, such as 2026-12-01T09:00:00Z");
        }
    }

    /**
     * An instant as ISO-8601 with the given offset and whole seconds, e.g. {@code 2026-10-25T01:30:00+01:00}: the text
     * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes for years 1 to 9999, built directly because a week of
     * availability writes hundreds of them per answer and the general formatter was a third of that answer's cost
     * (and a growing {@code StringBuilder} still a tenth of the rest).
     */
    public static String format(Instant instant, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        if (local.getYear() < 1 || local.getYear() > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atOffset(offset));
        }
        String zone = offset.getId();
        byte[] text = new byte[19 + zone.length()];
        twoDigits(text, 0, local.getYear() / 100);
        twoDigits(text, 2, local.getYear() % 100);
        text[4] = '-';
        twoDigits(text, 5, local.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, local.getDayOfMonth());
        text[10] = 'T';
        twoDigits(text, 11, local.getHour());
        text[13] = ':';
        twoDigits(text, 14, local.getMinute());
        text[16] = ':';
        twoDigits(text, 17, local.getSecond());
        for (int i = 0; i < zone.length(); i++) {
            text[19 + i] = (byte) zone.charAt(i);
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void twoDigits(byte[] text, int at, int value) {
        text[at] = (byte) ('0' + value / 10);
        text[at + 1] = (byte) ('0' + value % 10);
    }

    /** A wall-clock time as {@code HH:mm}. */
    public static String format(LocalTime time) {
        return TIME.format(time);
    }

    /** A date as ISO-8601, or {@code null} for the open ends {@link LocalDate#MIN} and {@link LocalDate#MAX}. */
    public static String formatBound(LocalDate date) {
        return date.equals(LocalDate.MIN) || date.equals(LocalDate.MAX) ? null : date.toString();
    }
}
