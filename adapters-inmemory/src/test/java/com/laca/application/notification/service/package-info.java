/** The outbox end to end in memory: booking's messages written with the booking, dispatched exactly once. */
package com.laca.application.notification.service;
