package com.laca.domain.records;

/** What kind of event an edit-history entry records, so a merge or an erasure reads differently from an edit. */
public enum ChangeKind {
    /** The client record was created. */
    CREATED,
    /** Fields changed: by staff, or marketing withdrawn by the client through an unsubscribe link. */
    EDITED,
    /** Another client's record was merged into this one. */
    MERGED_FROM,
    /** This record was merged into another client's. */
    MERGED_INTO,
    /** Data was erased at the client's request. */
    ERASED_ON_REQUEST
}
