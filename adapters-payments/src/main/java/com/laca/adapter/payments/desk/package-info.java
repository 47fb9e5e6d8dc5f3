/** The gateway of a clinic that takes no cards: deposits are due at the desk and no processor is called. */
package com.laca.adapter.payments.desk;
