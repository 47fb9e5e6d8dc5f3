/**
 * The notification use cases: enqueueing in the caller's transaction, dispatching outside any transaction, and what
 * staff and administrators do with the outbox (dead letters, the outbox viewer).
 */
package com.laca.application.notification.service;
