package com.laca.application.records.port.out;

/** Why an uploaded photo was refused, as a closed list the REST adapter maps to problem types. */
public enum PhotoRejection {
    /** Nothing was uploaded. */
    EMPTY,
    /** More bytes than the size limit. */
    TOO_LARGE,
    /** Not a JPEG or PNG by its content (whatever its name or declared type). */
    UNSUPPORTED_TYPE,
    /** A HEIC/HEIF photo: no maintained pure-Java decoder exists, so it must be sent as JPEG. */
    HEIC_NOT_SUPPORTED,
    /** Wider, taller or with more pixels than the limits allow (the shape of a decompression bomb). */
    DIMENSIONS_TOO_LARGE,
    /** A JPEG or PNG whose image data is damaged, truncated or in a form that cannot be decoded. */
    UNREADABLE
}
