package com.laca.application.payment.port.in;

/**
 * Card payment could not be prepared (the processor is down, or the clinic's account is not set up), so the held
 * slot was released at once rather than left blocked until its hold lapses; the client may simply book again.
 */
public class DepositUnavailableException extends RuntimeException {

    public DepositUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
