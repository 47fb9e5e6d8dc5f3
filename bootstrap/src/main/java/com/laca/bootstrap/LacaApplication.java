package com.laca.bootstrap;

import com.laca.adapter.rest.security.StaffRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Mounts every JAX-RS resource under {@code /api} and turns on MicroProfile JWT for bearer tokens; the API's OpenAPI
 * description is the REST adapter's ({@code ApiDefinition}); Jersey's WADL is off.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({StaffRoles.PLATFORM_ADMIN, StaffRoles.OWNER, StaffRoles.MANAGER, StaffRoles.PRACTITIONER,
        StaffRoles.FRONTDESK, StaffRoles.FINANCE, StaffRoles.INSTRUCTOR, StaffRoles.STUDENT, StaffRoles.CLIENT})
public class LacaApplication extends Application {

    /** Jersey answers OPTIONS with a WADL description of the resource, even on staff paths without a token: off. */
    static final String DISABLE_WADL = "jersey.config.server.wadl.disableWadl";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(DISABLE_WADL, true);
    }
}
