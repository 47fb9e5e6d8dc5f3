/** The academy over HTTP: staff endpoints for trainees and courses, and a trainee's own endpoints. */
package com.laca.adapter.rest.academy;
