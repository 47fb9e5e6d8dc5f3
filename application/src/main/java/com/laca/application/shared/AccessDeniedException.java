package com.laca.application.shared;

import com.laca.domain.identity.Permission;

/** The caller is authenticated but none of their roles grants what the use case needs. */
public class AccessDeniedException extends RuntimeException {

    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("requires permission " + permission);
        this.permission = permission;
    }

    /** Refused although the caller holds the permission, for the reason given (e.g. acting in a colleague's name). */
    public AccessDeniedException(Permission permission, String reason) {
        super(reason);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
