package com.laca.application.records.port.out;

import java.util.Objects;

/** The answer of the photo processor, sealed so a rejected upload can never be stored by mistake. */
public sealed interface PhotoProcessing {

    /**
     * The upload is a photo, now safe to store.
     *
     * @param photo the re-encoded image
     */
    record Accepted(ProcessedPhoto photo) implements PhotoProcessing {

        public Accepted {
            Objects.requireNonNull(photo, "photo");
        }
    }

    /**
     * The upload was refused; nothing of it is kept.
     *
     * @param reason a stable code
     * @param detail what was wrong and what to do instead, in plain English (never a library's message)
     */
    record Rejected(PhotoRejection reason, String detail) implements PhotoProcessing {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
