package com.laca.application.clinic.port.out;

/** The writing service could not give a draft (an error, a malformed answer, or no answer in time); staff may retry. */
public class ContentWriterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentWriterException(String message, Throwable cause) {
        super(message, cause);
    }
}
