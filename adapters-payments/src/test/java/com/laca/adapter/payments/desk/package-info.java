/** Specification of the pay-at-the-desk gateway. */
package com.laca.adapter.payments.desk;
