package com.laca.application.notification.port.out;

/**
 * Hands one e-mail to a mail server, so the outbox can send through SMTP in production and record in tests behind
 * one port. Called by the dispatcher outside any database transaction.
 */
public interface MailSender {

    /**
     * Sends the e-mail, with its id as the {@code Message-ID}.
     *
     * @return the {@code Message-ID} it went out with
     * @throws DeliveryRefusedException    the server refused it for good (e.g. 550 no such user)
     * @throws DeliveryUnavailableException the server could not be reached, refused it for now (4xx) or the
     *                                      connection broke; retry later with the same id
     */
    DeliveryReceipt send(EmailMessage message);
}
