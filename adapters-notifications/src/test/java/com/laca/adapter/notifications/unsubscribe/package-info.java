/** Tests of the signed unsubscribe links and of unsubscribing with them. */
package com.laca.adapter.notifications.unsubscribe;
