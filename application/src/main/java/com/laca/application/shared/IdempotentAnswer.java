package com.laca.application.shared;

/**
 * An answer to a request sent with an {@code Idempotency-Key}, as it was sent (status, JSON body, Location header if
 * any), so that a retry can be given exactly the same answer; shared by the use case that replays it and the store.
 */
public record IdempotentAnswer(int status, String body, String location) {
}
