/** The in-memory adapter as a whole: every persistence port of one store on one runner, payments included. */
package com.laca.adapter.inmemory;
