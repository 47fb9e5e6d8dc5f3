/** What every use case shares at the hexagon's edge: the caller, paging, and the exceptions adapters translate. */
package com.laca.application.shared;
