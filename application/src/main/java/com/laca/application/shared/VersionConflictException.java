package com.laca.application.shared;

/** Someone else changed the record since the caller read it, so their change would silently overwrite another. */
public class VersionConflictException extends RuntimeException {

    public VersionConflictException(String kind, Object id) {
        super(kind + " " + id + " was changed by someone else; read it again and retry");
    }
}
