package com.laca.domain.notification;

/** The ways a message can reach a person; each outbox message travels by exactly one. */
public enum Channel {
    EMAIL,
    SMS
}
