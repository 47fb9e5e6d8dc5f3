package com.laca.domain.records;

import com.laca.domain.shared.UserId;
import java.util.Objects;

/**
 * Who made a change to a client's record: a member of staff, or the client themselves through the unsubscribe link
 * in a clinic's message (no account signs in there), so the history never names a staff member who did nothing.
 */
public sealed interface ChangeAuthor {

    /** The client, by opening the signed unsubscribe link in a message from the clinic. */
    ChangeAuthor UNSUBSCRIBE_LINK = new ClientByUnsubscribeLink();

    /** How the author is stored and shown: a staff member's user id, or {@code unsubscribe-link}. */
    String code();

    /** The author a stored {@link #code()} names. */
    static ChangeAuthor parse(String code) {
        return ClientByUnsubscribeLink.CODE.equals(code) ? UNSUBSCRIBE_LINK : new Staff(UserId.parse(code));
    }

    /** A member of staff, signed in. */
    record Staff(UserId user) implements ChangeAuthor {

        public Staff {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String code() {
            return user.toString();
        }
    }

    /** The client through the unsubscribe link; one value, as the link carries no other identity. */
    record ClientByUnsubscribeLink() implements ChangeAuthor {

        private static final String CODE = "unsubscribe-link";

        @Override
        public String code() {
            return CODE;
        }
    }
}
