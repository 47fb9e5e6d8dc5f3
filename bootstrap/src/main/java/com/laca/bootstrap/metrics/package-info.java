/** The application's own operational metrics that no request passes through: its connection pool. */
package com.laca.bootstrap.metrics;
