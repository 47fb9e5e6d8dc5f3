/** Specifications of the payment endpoints' request checks. */
package com.laca.adapter.rest.payment;
