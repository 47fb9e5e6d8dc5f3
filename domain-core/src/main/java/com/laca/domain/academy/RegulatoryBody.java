package com.laca.domain.academy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A UK statutory register a trainee must be on before learning to inject, with the shape of its registration numbers
 * so an obvious typo is caught before an administrator checks the register itself.
 */
public enum RegulatoryBody {
    /** General Medical Council: a 7-digit GMC reference number. */
    GMC("General Medical Council", Profession.DOCTOR, "\\d{7}"),
    /** Nursing and Midwifery Council: an 8-character PIN, two digits, a letter, four digits, a letter (01A2345N). */
    NMC("Nursing and Midwifery Council", Profession.NURSE, "\\d{2}[A-Z]\\d{4}[A-Z]"),
    /** General Dental Council: a registration number of up to 6 digits. */
    GDC("General Dental Council", Profession.DENTIST, "\\d{1,6}"),
    /** General Pharmaceutical Council: a 7-digit registration number. */
    GPHC("General Pharmaceutical Council", Profession.PHARMACIST, "\\d{7}");

    private final String fullName;
    private final Profession profession;
    private final Pattern numberFormat;

    RegulatoryBody(String fullName, Profession profession, String numberFormat) {
        this.fullName = fullName;
        this.profession = profession;
        this.numberFormat = Pattern.compile(numberFormat);
    }

    /** The body's name as printed on certificates. */
    public String fullName() {
        return fullName;
    }

    /** The profession this register is for. */
    public Profession profession() {
        return profession;
    }

    /** Whether {@code number} (already trimmed and upper-cased) has the shape of this register's numbers. */
    public boolean isWellFormed(String number) {
        return numberFormat.matcher(Objects.requireNonNull(number, "number")).matches();
    }
}
