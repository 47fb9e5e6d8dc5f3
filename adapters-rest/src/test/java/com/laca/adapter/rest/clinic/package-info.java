/** Specifications of how clinic-record requests convert into drafts, naming the bad field. */
package com.laca.adapter.rest.clinic;
