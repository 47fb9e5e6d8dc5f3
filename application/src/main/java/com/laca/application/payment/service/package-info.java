/** Application services of the payment area, and the pay-at-clinic gateway for clinics that take no cards. */
package com.laca.application.payment.service;
