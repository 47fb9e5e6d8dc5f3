/** Log levels the application sets for itself at start, so what the server logs does not depend on how it is run. */
package com.laca.bootstrap.logging;
