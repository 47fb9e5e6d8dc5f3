/** Integration tests of the clinical audit log's storage on H2 and PostgreSQL. */
package com.laca.adapter.persistence.safety;
