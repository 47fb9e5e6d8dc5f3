/**
 * The application's own operational metrics that no request passes through: its connection pool and the notification
 * outbox's depth.
 */
package com.laca.bootstrap.metrics;
