/** A booking service that others must not use directly. */
package com.laca.bootstrap.architecture.badexample.application.booking.service;
