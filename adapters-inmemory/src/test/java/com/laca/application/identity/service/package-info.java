/** Specifications of sign-in, token rotation, throttling and invitations over the in-memory adapters. */
package com.laca.application.identity.service;
