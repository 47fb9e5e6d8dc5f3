package com.laca.application.notification.port.in;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.UserId;
import java.util.Objects;

/**
 * Who a message is for, named the way the calling area knows them; notifications looks up a client's current
 * contact preferences itself, so no caller can bypass a STOP or a missing marketing consent.
 */
public sealed interface Addressee {

    /** A client of the tenant. */
    record Client(ClientId client) implements Addressee {

        public Client {
            Objects.requireNonNull(client, "client");
        }
    }

    /**
     * A member of staff, by e-mail because an invitation goes out before the account can sign in.
     *
     * @param user  the staff account
     * @param email where the message goes
     */
    record Staff(UserId user, EmailAddress email) implements Addressee {

        public Staff {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(email, "email");
        }
    }
}
