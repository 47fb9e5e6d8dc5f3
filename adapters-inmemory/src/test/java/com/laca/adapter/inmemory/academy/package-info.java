/** The academy's port contracts run against the in-memory stores. */
package com.laca.adapter.inmemory.academy;
