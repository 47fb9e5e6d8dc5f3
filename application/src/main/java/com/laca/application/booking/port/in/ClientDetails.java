package com.laca.application.booking.port.in;

import java.time.LocalDate;

/**
 * Who the booking is for, as typed on the booking page; the client record is found by e-mail within the tenant or
 * created.
 */
public record ClientDetails(String firstName, String lastName, String email, String phone, LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "ClientDetails[<hidden>]";
    }
}
