/**
 * The academy's stores in memory, for tests and embedders, run by the same contract tests as the JPA ones, and a
 * stand-in credential signer for use-case tests.
 */
package com.laca.adapter.inmemory.academy;
