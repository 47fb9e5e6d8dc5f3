/** Bad academy service: depends on the booking area. */
package com.laca.bootstrap.architecture.badexample.application.academy.service;
