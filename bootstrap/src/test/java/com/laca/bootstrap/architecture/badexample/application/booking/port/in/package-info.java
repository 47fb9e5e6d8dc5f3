/** Bad use case: imports an outbound port. */
package com.laca.bootstrap.architecture.badexample.application.booking.port.in;
