package com.laca.application.clinic.port.in;

/** The writing service gave no usable draft (an error, a malformed answer or no answer in time); staff may retry. */
public class WritingServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WritingServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
