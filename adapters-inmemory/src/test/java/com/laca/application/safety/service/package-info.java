/** The safety use cases run over the in-memory adapters: the booking gate inside the booking check. */
package com.laca.application.safety.service;
