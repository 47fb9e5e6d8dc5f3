/** The in-memory adapters under the same contract tests as the JPA adapters. */
package com.laca.adapter.inmemory;
