package com.laca.adapter.rest.problem;

/**
 * Thrown from a capped request stream when the container gave up waiting for the body's next bytes; raised where the
 * body is read, so only a body that stopped arriving is answered 408, never a time-out elsewhere (a database's, say).
 */
public class BodyReadTimedOutException extends RuntimeException {

    public BodyReadTimedOutException(Throwable cause) {
        super("the request body stopped arriving", cause, false, false);
    }
}
