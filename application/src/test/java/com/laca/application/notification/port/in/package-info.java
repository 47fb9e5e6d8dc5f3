/** What a caller must hand over to enqueue a message. */
package com.laca.application.notification.port.in;
