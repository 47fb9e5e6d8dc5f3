/** Tests of the payment area's application services and of the pay-at-clinic gateway. */
package com.laca.application.payment.service;
