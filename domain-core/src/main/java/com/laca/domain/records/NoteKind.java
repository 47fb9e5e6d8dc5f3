package com.laca.domain.records;

import com.laca.domain.identity.Permission;

/**
 * The types of staff note, each with the permission needed to read it, so clinical detail reaches only those with
 * {@code clinical:read} while an alert still reaches the front desk.
 */
public enum NoteKind {
    /** Everyday, non-clinical notes ("prefers morning appointments"); erased on an erasure request. */
    GENERAL(Permission.CLIENTS_VIEW),
    /** Clinical observations and decisions; part of the clinical record. */
    CLINICAL(Permission.CLINICAL_READ),
    /**
     * Something every member of staff handling the client must know ("needle phobia", "latex allergy"); kept with the
     * clinical record because it exists to keep the client safe. Write no more clinical detail than the desk needs.
     */
    ALERT(Permission.CLIENTS_VIEW);

    private final Permission readPermission;

    NoteKind(Permission readPermission) {
        this.readPermission = readPermission;
    }

    /** The permission a reader needs. */
    public Permission readPermission() {
        return readPermission;
    }

    /** True for the kinds that are part of the clinical record and follow its retention. */
    public boolean isKeptWithClinicalRecord() {
        return this != GENERAL;
    }
}
