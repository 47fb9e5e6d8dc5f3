/** Test support other modules reuse through this module's test-jar: throw-away PostgreSQL databases. */
package com.laca.adapter.persistence.testing;
