package com.laca.application.consent.port.out;

/** The renderer could not produce the document; the use case stores nothing and reports the failure. */
public class DocumentRenderingException extends RuntimeException {

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
