/** Staff accounts of the caller's clinic: listing, inviting and password resets by one-time token. */
package com.laca.adapter.rest.staff;
