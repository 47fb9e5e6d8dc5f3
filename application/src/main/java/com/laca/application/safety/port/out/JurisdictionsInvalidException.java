package com.laca.application.safety.port.out;

/**
 * The jurisdictions file could not be loaded or is inconsistent; the application must not start and gate bookings by
 * rules nobody reviewed, so this is never caught and replaced by a default.
 */
public class JurisdictionsInvalidException extends RuntimeException {

    public JurisdictionsInvalidException(String message, Throwable cause) {
        super(message, cause);
    }

    public JurisdictionsInvalidException(String message) {
        super(message);
    }
}
