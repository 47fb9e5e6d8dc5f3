/**
 * The client record a UK clinic keeps and answers for under UK GDPR: the client's profile with its edit history and
 * merges, staff notes, signed append-only treatment records with batch traceability and recall search, clinical
 * photos, the access audit, search normalisation, and retention and erasure rules derived from the NHS Records
 * Management Code of Practice 2021 rather than typed in.
 */
package com.laca.domain.records;
