package com.laca.application.notification.port.in;

/**
 * A client stops a clinic's marketing from the link in its messages, without signing in: looking at the link changes
 * nothing (mail scanners open links), confirming it withdraws the consent; a forged or unknown link is not found.
 */
public interface UnsubscribeUseCase {

    /** What the link is about; changes nothing. */
    UnsubscribeView view(String token);

    /** Withdraws the client's marketing consent; repeating it changes nothing more. */
    UnsubscribeView unsubscribe(String token);
}
