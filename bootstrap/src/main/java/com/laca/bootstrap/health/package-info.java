/** MicroProfile Health checks: liveness of the process, readiness including the database. */
package com.laca.bootstrap.health;
