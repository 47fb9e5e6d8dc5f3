/** Specifications of the shared value objects. */
package com.laca.domain.shared;
