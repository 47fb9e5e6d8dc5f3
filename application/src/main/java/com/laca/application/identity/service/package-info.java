/** Sign-in, token rotation and staff invitations, over the identity ports. */
package com.laca.application.identity.service;
