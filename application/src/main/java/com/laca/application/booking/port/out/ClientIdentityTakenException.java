package com.laca.application.booking.port.out;

import com.laca.application.shared.ConflictException;

/**
 * A client with the same identity (e-mail, date of birth, surname) was stored by a concurrent booking between the
 * look-up and the insert; the booking is retried once, and then finds that client instead of creating a second one.
 */
public class ClientIdentityTakenException extends ConflictException {

    public ClientIdentityTakenException() {
        super("a client with these details was created at the same moment; please try again");
    }
}
