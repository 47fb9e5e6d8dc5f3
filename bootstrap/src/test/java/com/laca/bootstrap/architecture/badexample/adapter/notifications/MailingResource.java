package com.laca.bootstrap.architecture.badexample.adapter.notifications;

import jakarta.mail.Session;
import jakarta.ws.rs.Path;

/** Breaks the JAX-RS rule on purpose: a resource outside the REST adapter. */
@Path("mail")
public class MailingResource {

    public Session session() {
        return null;
    }
}
