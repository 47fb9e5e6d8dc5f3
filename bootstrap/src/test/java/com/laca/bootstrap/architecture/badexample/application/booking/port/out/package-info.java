/** Bad outbound port: imports a use case. */
package com.laca.bootstrap.architecture.badexample.application.booking.port.out;
