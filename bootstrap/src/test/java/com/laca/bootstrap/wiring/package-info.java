/** Tests of the wiring's own bridges between areas, over the real adapters. */
package com.laca.bootstrap.wiring;
