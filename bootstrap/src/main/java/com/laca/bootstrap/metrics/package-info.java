/** Application metrics that are not counted at the REST edge: the notification outbox's depth. */
package com.laca.bootstrap.metrics;
