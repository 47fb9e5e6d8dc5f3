/**
 * Integration tests of the clinical audit log's storage on H2 and PostgreSQL, and of clinical records written by
 * requests at the same moment.
 */
package com.laca.adapter.persistence.safety;
