package com.laca.adapter.rest.tenancy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.common.Versions;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.shared.Caller;
import com.laca.application.tenancy.port.in.CreatedTenant;
import com.laca.application.tenancy.port.in.ManageTenantsUseCase;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform administrator's tenant management; the use case refuses every clinic role with 403, and so does a
 * declared TENANTS_MANAGE before any input is judged.
 */
@Path("/admin/tenants")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants (platform admin)", description = "Creating, listing and suspending clinic businesses.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "Only the platform administrator may manage tenants",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TenantsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageTenantsUseCase tenants;

    @Context
    private UriInfo uriInfo;

    @GET
    @RequiresPermission(Permission.TENANTS_MANAGE)
    @Operation(operationId = "listTenants",
            summary = "List tenants")
    @APIResponse(responseCode = "200", description = "A page of tenants",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_PAGE)
    public PageResponse<TenantResponse> list(
            @Parameter(description = "zero-based page", example = "0") @PageNumber @QueryParam("page") Integer page,
            @Parameter(description = "1-100", example = "20") @PageSize @QueryParam("size") Integer size) {
        Caller admin = caller.get();
        return PageResponse.from(tenants.list(admin, Paging.of(page, size)), TenantResponse::from);
    }

    @GET
    @RequiresPermission(Permission.TENANTS_MANAGE)
    @Path("/{id}")
    @Operation(operationId = "getTenant",
            summary = "Read one tenant")
    @APIResponse(responseCode = "200", description = "The tenant; ETag carries its version",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        Caller admin = caller.get();
        Tenant tenant = tenants.get(admin, PathIds.parse(id, "tenant", TenantId::new));
        return versioned(Response.ok(TenantResponse.from(tenant)), tenant);
    }

    @POST
    @RequiresPermission(Permission.TENANTS_MANAGE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTenant",
            summary = "Create a tenant", description = "Creates the clinic business and its owner's account; the "
            + "answer carries the owner's one-time token, shown only here.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the tenant",
            content = @Content(schema = @Schema(implementation = CreatedTenantResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid slug, name, zone, currency or owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid CreateTenantRequest request) {
        Caller admin = caller.get();
        CreatedTenant created = tenants.create(admin, request.toCommand());
        return versioned(Response.created(uriInfo.getAbsolutePathBuilder().path(created.tenant().id().toString())
                .build()).entity(CreatedTenantResponse.from(created)), created.tenant());
    }

    @PUT
    @RequiresPermission(Permission.TENANTS_MANAGE)
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTenantStatus",
            summary = "Suspend or reactivate a tenant", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The tenant in its new status",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response changeStatus(@PathParam("id") String id,
                                 @Parameter(description = "the ETag last read", example = "\"0\"")
                                 @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                 @NotNull(message = Bodies.REQUIRED) @Valid TenantStatusRequest request) {
        Caller admin = caller.get();
        TenantId tenantId = PathIds.parse(id, "tenant", TenantId::new);
        long expected = Versions.expected(ifMatch);
        Tenant changed = tenants.changeStatus(admin, tenantId, request.toStatus(), expected);
        return versioned(Response.ok(TenantResponse.from(changed)), changed);
    }

    private static Response versioned(Response.ResponseBuilder builder, Tenant tenant) {
        return builder.header(HttpHeaders.ETAG, Versions.etag(tenant.version())).build();
    }
}
