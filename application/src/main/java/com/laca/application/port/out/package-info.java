/** Outbound ports: what the use cases need from the database, the token signer, the password hasher and the payment gateway. */
package com.laca.application.port.out;
