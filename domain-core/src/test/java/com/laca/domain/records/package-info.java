/** Specifications of the client record: retention and erasure, treatment records, notes, merges, audit and search. */
package com.laca.domain.records;
