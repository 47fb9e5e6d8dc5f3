package com.laca.domain.payment;

/**
 * The one order in which a card payment's status may move, because the processor's events arrive out of order and
 * a late "failed" must never overwrite a "succeeded".
 */
public final class IntentStatuses {

    private IntentStatuses() {
    }

    /**
     * True if {@code next} is a step forward from {@code current}: any open status may move to any other open status
     * (a client retries with another card), and to SUCCEEDED or CANCELED; those two are final.
     */
    public static boolean isForward(IntentStatus current, IntentStatus next) {
        if (current == next) {
            return false;
        }
        return current != IntentStatus.SUCCEEDED && current != IntentStatus.CANCELED;
    }
}
