/**
 * The payment area's services: staff money operations, processor events and dead letters, connected accounts, and
 * the deposit steps and settlements the booking services call.
 */
package com.laca.application.payment.service;
