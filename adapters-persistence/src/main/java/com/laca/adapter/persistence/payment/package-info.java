/**
 * Each tenant's payment ledgers and intents, and the platform tables of processed events, dead letters, intent routes
 * and connected accounts.
 */
package com.laca.adapter.persistence.payment;
