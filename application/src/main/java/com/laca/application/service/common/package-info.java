/** Helpers several services share, such as the opaque tokens behind refresh, invitation and manage links. */
package com.laca.application.service.common;
