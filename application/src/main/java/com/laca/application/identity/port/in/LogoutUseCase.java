package com.laca.application.identity.port.in;

/** Signs out by revoking the refresh token's whole family; unknown tokens are ignored so logout is idempotent. */
public interface LogoutUseCase {

    void logout(String refreshToken);
}
