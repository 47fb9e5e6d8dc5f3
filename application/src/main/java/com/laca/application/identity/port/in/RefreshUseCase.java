package com.laca.application.identity.port.in;

/** Exchanges a refresh token for a new token pair, rotating it so each refresh token works exactly once. */
public interface RefreshUseCase {

    AuthResult refresh(String refreshToken);
}
