/** A document store kept in memory, with the file-system store's write-once and key rules. */
package com.laca.adapter.inmemory.consent;
