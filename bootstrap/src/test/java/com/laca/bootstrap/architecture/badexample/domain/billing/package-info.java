/** A domain package that is no area of the allow-list. */
package com.laca.bootstrap.architecture.badexample.domain.billing;
