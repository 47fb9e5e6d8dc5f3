/**
 * Reporting services run over the in-memory adapters.
 */
package com.laca.application.reporting.service;
