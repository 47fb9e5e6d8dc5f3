/** The bad example's wiring module, which an adapter wrongly depends on. */
package com.laca.bootstrap.architecture.badexample.bootstrap;
