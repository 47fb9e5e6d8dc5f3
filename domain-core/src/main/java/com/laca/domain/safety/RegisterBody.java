package com.laca.domain.safety;

import java.util.regex.Pattern;

/**
 * The UK statutory registers whose members may prescribe, with the shape of their registration numbers so a typo is
 * caught when the number is recorded rather than when a regulator asks.
 */
public enum RegisterBody {
    /** General Medical Council: doctors; a 7-digit reference number. */
    GMC("\\d{7}"),
    /** Nursing and Midwifery Council: nurses (independent prescribers); a PIN such as {@code 12A3456E}. */
    NMC("\\d{2}[A-Z]\\d{4}[A-Z]"),
    /** General Pharmaceutical Council: pharmacists (independent prescribers); a 7-digit number. */
    GPhC("\\d{7}"),
    /** General Dental Council: dentists; a number of up to 7 digits. */
    GDC("\\d{1,7}");

    private final Pattern number;

    RegisterBody(String number) {
        this.number = Pattern.compile(number);
    }

    /** Whether the text has the shape of this register's numbers. */
    public boolean accepts(String registrationNumber) {
        return registrationNumber != null && number.matcher(registrationNumber).matches();
    }

    /** True for the register of medical practitioners, whose members alone may give a doctor's direction. */
    public boolean isMedicalRegister() {
        return this == GMC;
    }
}
