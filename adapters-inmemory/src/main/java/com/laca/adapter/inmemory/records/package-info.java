/**
 * The client records' notes and access audit in memory, for tests and embedders, run by the same contract tests as
 * the JPA adapter.
 */
package com.laca.adapter.inmemory.records;
