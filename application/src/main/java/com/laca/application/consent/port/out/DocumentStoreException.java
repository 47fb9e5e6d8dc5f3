package com.laca.application.consent.port.out;

/** The store could not read or write; nothing is reported as stored when this is thrown. */
public class DocumentStoreException extends RuntimeException {

    public DocumentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
