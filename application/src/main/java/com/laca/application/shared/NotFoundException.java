package com.laca.application.shared;

/** The record does not exist in the caller's tenant (which is also what another tenant's record looks like). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " was not found");
    }
}
