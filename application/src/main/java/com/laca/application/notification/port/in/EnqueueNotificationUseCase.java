package com.laca.application.notification.port.in;

/**
 * The one way any area (booking, payment, identity, consent, academy) tells someone something: it writes the message
 * to the outbox in the caller's own tenant transaction, so a rolled-back change sends nothing and a committed one is
 * delivered by the dispatchers even if this server stops at once.
 *
 * <p>Called from inside {@code TransactionRunner.inTenant(command.tenant(), …)}; it joins that transaction and never
 * calls a mail server or SMS provider itself. It chooses the channels from the addressee's current preferences,
 * applies the tenant's send delay, withdraws waiting messages the new one makes stale, and for appointment kinds
 * plans, moves or withdraws the appointment's reminders.
 */
public interface EnqueueNotificationUseCase {

    /**
     * @throws IllegalArgumentException if the kind is not in the deployment's catalogue
     * @throws com.laca.application.shared.NotFoundException if the client does not exist in the tenant
     */
    EnqueueResult enqueue(EnqueueNotificationCommand command);
}
