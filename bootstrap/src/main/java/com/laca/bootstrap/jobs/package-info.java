/** Jobs the application runs on the container's managed scheduler. */
package com.laca.bootstrap.jobs;
