/** Endpoints anyone may call, which take the clinic from the URL's slug instead of a token. */
package com.laca.adapter.rest.publicmenu;
