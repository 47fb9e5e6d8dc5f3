package com.laca.application.notification.service;

import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.shared.EmailAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How one dispatcher works: its name in the leases it takes, how long a lease lasts (longer than the slowest send),
 * how many messages it claims at once, how it retries, and the address e-mails are sent from.
 *
 * @param owner     unique per server instance, 1 to 100 characters
 * @param lease     how long a claim protects a message, at least a second
 * @param batchSize messages claimed per round, 1 to 1000
 * @param retry     attempts and backoff
 * @param from      the sending address (shown with the clinic's name)
 */
public record DispatcherSettings(String owner, Duration lease, int batchSize, RetryPolicy retry, EmailAddress from) {

    public DispatcherSettings {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(from, "from");
        if (owner.isBlank() || owner.length() > 100) {
            throw new IllegalArgumentException("a dispatcher's name is 1-100 characters");
        }
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a lease lasts at least a second");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("a batch is 1-1000 messages");
        }
    }
}
