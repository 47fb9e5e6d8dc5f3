/**
 * What other areas ask of notifications: to enqueue a message inside their own transaction, so it is sent if and
 * only if their change commits.
 */
package com.laca.application.notification.port.in;
