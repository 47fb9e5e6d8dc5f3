/** Outbound ports: what the use cases need from the database, the token signer and the password hasher. */
package com.laca.application.port.out;
