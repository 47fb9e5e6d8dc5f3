package com.laca.application.notification.port.in;

/**
 * One round of the dispatcher a server runs on a timer: claim the due messages, send each outside any transaction and
 * record the outcome, so every message committed to the outbox is delivered whichever server is up.
 */
public interface DispatchNotificationsUseCase {

    /** Claims and sends one batch; answers how many messages were claimed (0 when nothing was due). */
    int dispatchDue();
}
