/** Value objects every area of the domain shares: money, identifiers and validation helpers. */
package com.laca.domain.shared;
