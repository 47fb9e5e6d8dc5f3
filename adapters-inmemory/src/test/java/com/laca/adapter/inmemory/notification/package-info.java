/** The in-memory senders under the mail and SMS sender contracts. */
package com.laca.adapter.inmemory.notification;
