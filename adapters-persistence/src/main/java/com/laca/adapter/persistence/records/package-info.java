/**
 * Each tenant's client profiles (the same {@code clients} rows a booking creates, with search keys, consents and
 * status) and their append-only edit history.
 */
package com.laca.adapter.persistence.records;
