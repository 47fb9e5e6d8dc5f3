/**
 * One wiring class per area (and SharedWiring for the clock, the persistence unit and the transaction runner): CDI
 * producers that build each area's adapters and services once and offer them under their ports; the only place that
 * sees both adapters and application.
 */
package com.laca.bootstrap.wiring;
