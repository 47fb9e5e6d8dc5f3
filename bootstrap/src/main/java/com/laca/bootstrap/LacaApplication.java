package com.laca.bootstrap;

import com.laca.adapter.rest.security.StaffRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Mounts every JAX-RS resource under {@code /api} and turns on MicroProfile JWT for bearer tokens; the API's OpenAPI
 * description is the REST adapter's ({@code ApiDefinition}).
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({StaffRoles.PLATFORM_ADMIN, StaffRoles.OWNER, StaffRoles.MANAGER, StaffRoles.PRACTITIONER,
        StaffRoles.FRONTDESK, StaffRoles.FINANCE, StaffRoles.INSTRUCTOR, StaffRoles.STUDENT, StaffRoles.CLIENT})
public class LacaApplication extends Application {
}
