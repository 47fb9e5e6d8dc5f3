/**
 * The contracts every mail and SMS sender must keep, with the in-memory senders that tests and embedders use; each
 * adapter's test runs the same contract.
 */
package com.laca.application.notification.port.out;
