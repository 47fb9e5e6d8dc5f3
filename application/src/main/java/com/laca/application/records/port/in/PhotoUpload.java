package com.laca.application.records.port.in;

import com.laca.domain.records.ClinicalPhoto;
import java.util.Objects;

/** The answer to a photo upload, sealed so a refused upload can never be answered as stored. */
public sealed interface PhotoUpload {

    /**
     * Stored, metadata-free.
     *
     * @param photo its description
     */
    record Stored(ClinicalPhoto photo) implements PhotoUpload {

        public Stored {
            Objects.requireNonNull(photo, "photo");
        }
    }

    /**
     * Refused; nothing was kept.
     *
     * @param reason why
     * @param detail what was wrong and what to send instead, in plain English
     */
    record Refused(Reason reason, String detail) implements PhotoUpload {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why an upload was refused. */
    enum Reason {
        /** Nothing was sent. */
        EMPTY,
        /** Over the size limit. */
        TOO_LARGE,
        /** Not a JPEG or PNG by its content. */
        UNSUPPORTED_TYPE,
        /** A HEIC/HEIF photo, which must be sent as JPEG. */
        HEIC_NOT_SUPPORTED,
        /** More pixels than the limits allow. */
        DIMENSIONS_TOO_LARGE,
        /** Damaged or undecodable image data. */
        UNREADABLE,
        /**
         * The client has not agreed to clinical photographs for this treatment (their signed consent form's own
         * question, separate from marketing use), or withdrew that consent.
         */
        NO_CLINICAL_PHOTO_CONSENT
    }
}
