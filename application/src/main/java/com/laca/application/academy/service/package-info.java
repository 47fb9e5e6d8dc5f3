/** The academy's services: permissions, transactions and the domain's rules, in one place per use case. */
package com.laca.application.academy.service;
