package com.laca.domain.records;

import com.laca.domain.identity.Permission;

/**
 * The types of staff note, each with the permission needed to read it, so clinical detail reaches only those with
 * {@code clinical:read} while an alert still reaches the front desk.
 */
public enum NoteKind {
    /** Everyday, non-clinical notes ("prefers morning appointments"); erased on an erasure request. */
    GENERAL(Permission.CLIENTS_VIEW, RecordPart.GENERAL_NOTES),
    /** Clinical observations and decisions; part of the clinical record. */
    CLINICAL(Permission.CLINICAL_READ, RecordPart.CLINICAL_NOTES),
    /**
     * Something every member of staff handling the client must know ("needle phobia", "latex allergy"); kept with the
     * clinical record because it exists to keep the client safe. Write no more clinical detail than the desk needs.
     */
    ALERT(Permission.CLIENTS_VIEW, RecordPart.ALERT_NOTES);

    private final Permission readPermission;
    private final RecordPart recordPart;

    NoteKind(Permission readPermission, RecordPart recordPart) {
        this.readPermission = readPermission;
        this.recordPart = recordPart;
    }

    /** The permission a reader needs. */
    public Permission readPermission() {
        return readPermission;
    }

    /** The part of the record notes of this kind belong to, which decides what an erasure request does to them. */
    public RecordPart recordPart() {
        return recordPart;
    }
}
