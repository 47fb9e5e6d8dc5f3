package com.laca.application.shared;

/** The change would break a uniqueness or reference rule (a taken slug, a record still in use). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
