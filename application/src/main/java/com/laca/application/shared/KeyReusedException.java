package com.laca.application.shared;

/**
 * A request came again under the key of an earlier one (an {@code Idempotency-Key}, a desk receipt number) but asks
 * for something else; answering with the first result would hide the caller's mistake, so it is refused instead.
 */
public class KeyReusedException extends RuntimeException {

    /** @param message what the key was first used for, written for the person who sent it */
    public KeyReusedException(String message) {
        super(message);
    }
}
