package com.laca.application.safety.port.out;

/**
 * The rule set could not be loaded or is inconsistent; the application must refuse clinical decisions rather than run
 * without rules, so this is never caught and ignored.
 */
public class RuleSetInvalidException extends RuntimeException {

    public RuleSetInvalidException(String message, Throwable cause) {
        super(message, cause);
    }

    public RuleSetInvalidException(String message) {
        super(message);
    }
}
