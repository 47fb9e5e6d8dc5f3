/** Tests of the consent use cases with small in-test fakes. */
package com.laca.application.consent.service;
