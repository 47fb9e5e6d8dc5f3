/** Specifications of the HTTP edge that need no server: what the public API description leaves out. */
package com.laca.adapter.rest.http;
