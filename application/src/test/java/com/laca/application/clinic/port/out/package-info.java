/** The contracts every clinic storage adapter must pass; the in-memory and the JPA adapters both run them. */
package com.laca.application.clinic.port.out;
