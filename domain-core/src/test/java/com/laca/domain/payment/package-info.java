/** Specifications of the deposit and ledger rules, readable by the clinic owner as well as by developers. */
package com.laca.domain.payment;
