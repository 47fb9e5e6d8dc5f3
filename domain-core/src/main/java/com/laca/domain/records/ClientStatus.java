package com.laca.domain.records;

/** Where a client record is in its life, so a merged or archived client is never booked or searched by mistake. */
public enum ClientStatus {
    /** A current client. */
    ACTIVE,
    /** No longer seen; kept for its retention period and out of everyday searches. */
    ARCHIVED,
    /** Found to be the same person as another client, into whose record this one was merged; kept, never reused. */
    MERGED
}
