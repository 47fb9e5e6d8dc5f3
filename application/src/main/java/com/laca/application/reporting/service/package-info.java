/**
 * Reporting services: gather the clinic's appointments and ledgers through the booking and payment ports and let the
 * domain's figures do the counting.
 */
package com.laca.application.reporting.service;
