/** A bad notifications adapter that serves JAX-RS. */
package com.laca.bootstrap.architecture.badexample.adapter.notifications;
