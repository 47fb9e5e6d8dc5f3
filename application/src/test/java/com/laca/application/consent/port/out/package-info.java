/** The contract every document store must keep; the in-memory and the file-system stores both run it. */
package com.laca.application.consent.port.out;
