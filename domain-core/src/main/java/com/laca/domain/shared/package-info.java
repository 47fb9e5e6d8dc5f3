/** Value objects every area of the domain shares: money, identifiers, the rules for typed text, validation helpers. */
package com.laca.domain.shared;
