/** The in-memory payment gateway under the payment gateway contract. */
package com.laca.adapter.inmemory.payment;
