/** A bad REST adapter: calls another adapter and uses Stripe and JPA. */
package com.laca.bootstrap.architecture.badexample.adapter.rest;
