/** A bad persistence adapter that reaches into the bootstrap module. */
package com.laca.bootstrap.architecture.badexample.adapter.persistence;
