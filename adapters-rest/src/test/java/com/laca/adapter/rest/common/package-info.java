/** Specifications of the shared HTTP helpers: If-Match, paging, path ids and body limits. */
package com.laca.adapter.rest.common;
