package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.UnsubscribeView;

/**
 * What an unsubscribe link is about: the clinic and whether its marketing still reaches the client; nothing about
 * the client, since links get forwarded.
 */
public record UnsubscribeResponse(String clinicName, boolean receivesMarketing) {

    static UnsubscribeResponse from(UnsubscribeView view) {
        return new UnsubscribeResponse(view.clinicName(), view.receivesMarketing());
    }
}
