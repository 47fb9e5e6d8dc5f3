/**
 * Staff endpoints for the owner's dashboard, a thin translation of the reporting use case to JSON.
 */
package com.laca.adapter.rest.reporting;
