/** The academy's stores in memory, for tests and embedders, run by the same contract tests as the JPA ones. */
package com.laca.adapter.inmemory.academy;
