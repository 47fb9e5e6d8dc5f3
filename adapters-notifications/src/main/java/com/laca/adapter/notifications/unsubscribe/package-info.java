/** The signed unsubscribe links in client messages, which stop a clinic's marketing without signing in. */
package com.laca.adapter.notifications.unsubscribe;
