package com.laca.application.identity.port.in;

/** Signs a staff member in with tenant, e-mail and password. */
public interface LoginUseCase {

    AuthResult login(LoginCommand command);
}
