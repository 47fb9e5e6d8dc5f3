/** The clinical-safety area's stores in memory, for tests and embedders. */
package com.laca.adapter.inmemory.safety;
