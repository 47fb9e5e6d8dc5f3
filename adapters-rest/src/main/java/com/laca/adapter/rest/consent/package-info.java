/**
 * Consent over HTTP: staff keep the consent forms, the client reads and signs through the booking's private link, and
 * staff countersign, fetch the archived PDF and verify it; plus the clinical audit log's verification.
 */
package com.laca.adapter.rest.consent;
