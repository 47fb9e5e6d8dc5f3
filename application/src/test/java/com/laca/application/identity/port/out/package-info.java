/** The contracts every identity storage adapter must pass; the in-memory and the JPA adapters both run them. */
package com.laca.application.identity.port.out;
