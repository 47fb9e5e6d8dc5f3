package com.laca.application.identity.port.in;

/** Sets a password with a one-time invitation or reset token, which is spent by doing so. */
public interface SetPasswordUseCase {

    /** Returns false when the token is unknown, used or expired. */
    boolean setPassword(String oneTimeToken, String newPassword);
}
