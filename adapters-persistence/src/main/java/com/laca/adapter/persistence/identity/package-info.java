/** Staff accounts, refresh and one-time token hashes of each tenant, and the platform's sign-in throttles. */
package com.laca.adapter.persistence.identity;
