/** The in-memory document store under the document-store contract. */
package com.laca.adapter.inmemory.consent;
