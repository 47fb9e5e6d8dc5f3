/**
 * What every area's use cases share at the hexagon's edge: the caller, paging, the exceptions the use cases declare
 * (among them the payment processor's, which staff refunds pass on), the transaction runner and opaque tokens.
 */
package com.laca.application.shared;
