/** Bad REST adapter: uses an application service. */
package com.laca.bootstrap.architecture.badexample.adapter.rest.booking;
