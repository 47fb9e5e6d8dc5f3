package com.laca.bootstrap;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Mounts every JAX-RS resource under {@code /api} and turns on MicroProfile JWT for bearer tokens. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"PLATFORM_ADMIN", "OWNER", "MANAGER", "PRACTITIONER", "FRONTDESK", "FINANCE", "INSTRUCTOR", "STUDENT",
        "CLIENT"})
@OpenAPIDefinition(info = @Info(title = "LACA API", version = "0.1.0",
        description = "Aesthetics clinics and training academies: clinic set-up, identity and tenancy."))
public class LacaApplication extends Application {
}
