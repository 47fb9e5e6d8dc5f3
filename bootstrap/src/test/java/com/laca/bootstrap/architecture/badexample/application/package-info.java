/** Bad application code: depends on an adapter. */
package com.laca.bootstrap.architecture.badexample.application;
