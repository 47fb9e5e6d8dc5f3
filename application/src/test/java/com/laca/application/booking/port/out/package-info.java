/** The contracts every booking storage adapter must pass; the in-memory and the JPA adapters both run them. */
package com.laca.application.booking.port.out;
