/** End-to-end tests: real HTTP against the real application running on Payara Micro. */
package com.laca.bootstrap.e2e;
