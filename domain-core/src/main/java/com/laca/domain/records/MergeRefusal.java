package com.laca.domain.records;

/** Why two client records were not merged, as a closed list the REST adapter maps to a problem type. */
public enum MergeRefusal {
    /** Both sides are the same client. */
    SAME_CLIENT,
    /** The two clients belong to different clinic businesses. */
    OTHER_TENANT,
    /** One of the two was already merged into a third client. */
    ALREADY_MERGED,
    /** The records disagree on identity or contact fields and staff did not say which value to keep. */
    UNDECIDED_FIELDS,
    /** A choice was given for a field that is never chosen (consents and preferences are intersected). */
    NOT_A_CHOICE,
    /** The choices would leave the client with neither an e-mail address nor a phone number. */
    NO_CONTACT_LEFT
}
