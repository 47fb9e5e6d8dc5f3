package com.laca.application.port.in.auth;

/** Signs a staff member in with tenant, e-mail and password. */
public interface LoginUseCase {

    AuthResult login(LoginCommand command);
}
