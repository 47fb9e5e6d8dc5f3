/** Specifications of how staff-account requests convert into commands, naming the bad field. */
package com.laca.adapter.rest.identity;
