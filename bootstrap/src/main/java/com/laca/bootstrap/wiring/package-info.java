/** CDI producers that build the application services over the adapters; the only place that sees both. */
package com.laca.bootstrap.wiring;
