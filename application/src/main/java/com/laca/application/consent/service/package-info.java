/** The consent use cases: templates, signing through the private link, countersigning, archiving and verifying. */
package com.laca.application.consent.service;
