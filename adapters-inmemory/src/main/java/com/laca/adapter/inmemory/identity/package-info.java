/** Staff accounts, refresh and one-time tokens and sign-in throttles, kept in memory per tenant. */
package com.laca.adapter.inmemory.identity;
