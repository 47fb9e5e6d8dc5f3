/** Bad domain code: reads the clock and uses JPA. */
package com.laca.bootstrap.architecture.badexample.domain;
