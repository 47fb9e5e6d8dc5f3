/** A deliberately bad miniature of the product, laid out like it, that every architecture rule must reject. */
package com.laca.bootstrap.architecture.badexample;
