/** Specifications of how failures become problem+json answers. */
package com.laca.adapter.rest.problem;
