/** Unit tests of the health checks and the shutdown drain. */
package com.laca.bootstrap.health;
