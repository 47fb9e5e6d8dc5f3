/**
 * The pages a browser opens: the clinic's booking page and a booking's manage page (public, per clinic, also at a
 * clinic's own domain) and the staff page. A servlet renders a small Mustache shell with the clinic's branding; static
 * JavaScript modules and CSS in the WAR do the rest over the same JSON API everyone else uses.
 */
package com.laca.adapter.web;
