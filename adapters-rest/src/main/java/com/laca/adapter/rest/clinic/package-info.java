/**
 * Staff CRUD for the clinic's set-up (locations, practitioners, rooms and devices, treatments) and the public menu,
 * which takes the clinic from the URL's slug instead of a token.
 */
package com.laca.adapter.rest.clinic;
