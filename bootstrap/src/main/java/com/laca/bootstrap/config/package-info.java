/** Configuration the application derives for itself: the JDBC driver from the URL, and the token keys. */
package com.laca.bootstrap.config;
