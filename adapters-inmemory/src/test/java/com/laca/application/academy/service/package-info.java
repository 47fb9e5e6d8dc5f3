/** The academy's use cases specified over the in-memory adapters. */
package com.laca.application.academy.service;
