package com.laca.adapter.rest.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Cleans the generated API description ({@code mp.openapi.filter}), because Payara's generator adds values that make
 * a valid document wrong for every client: {@code maxProperties: 0} on every object (no property allowed),
 * {@code exclusiveMaximum/Minimum: false} and {@code minLength: 0} noise, defaults written out everywhere, and optional
 * path parameters. Staff operations also get the shared 401 and 403 answers when they leave them out, and every 201 its
 * Location header, and request schemas the limits their records' Bean Validation constraints enforce.
 */
public class ApiDescriptionFilter implements OASFilter {

    /** The security scheme every staff operation names. */
    static final String BEARER = "bearerJwt";

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        // Defaults written out on every schema: valid, but they triple the document's size.
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        RequestConstraints.describe(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                declareLocation(operation);
                // Public operations' security: [] is written by the operations filter: Payara drops an empty list.
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    addSharedAnswer(operation, "401", ApiDefinition.UNAUTHORIZED);
                    addSharedAnswer(operation, "403", ApiDefinition.FORBIDDEN);
                }
            }
        }
    }

    /** Every 201 says where the created record is (the resources all set Location). */
    private static void declareLocation(Operation operation) {
        APIResponse created = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("201");
        if (created != null && created.getRef() == null
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location",
                    OASFactory.createHeader().ref("#/components/headers/" + ApiDefinition.LOCATION));
        }
    }

    private static void addSharedAnswer(Operation operation, String status, String component) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }
}
