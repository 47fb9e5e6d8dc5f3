/**
 * In-memory adapters for every persistence port, with the same tenant rules and transaction semantics as the database
 * adapter, so service tests and embedders run without a database.
 */
package com.laca.application.inmemory;
