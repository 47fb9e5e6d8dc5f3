/**
 * A small clinic stored through any adapter with the booking services wired over it, shared by the in-memory use-case
 * tests and the JPA integration tests.
 */
package com.laca.application.booking.service;
