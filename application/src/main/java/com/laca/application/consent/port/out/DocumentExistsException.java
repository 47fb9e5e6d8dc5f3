package com.laca.application.consent.port.out;

/** A document already exists under the key; archived documents are write-once. */
public class DocumentExistsException extends RuntimeException {

    public DocumentExistsException(DocumentKey key) {
        super("a document already exists at " + key);
    }
}
