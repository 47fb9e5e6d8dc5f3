/** The contract every tenant storage adapter must pass; the in-memory and the JPA adapters both run it. */
package com.laca.application.tenancy.port.out;
