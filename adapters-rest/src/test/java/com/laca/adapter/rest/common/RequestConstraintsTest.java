package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.rest.booking.BookingRequest;
import com.laca.adapter.rest.booking.ClientJson;
import com.laca.adapter.rest.clinic.TreatmentRequest;
import jakarta.validation.Validation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The API description states the limits the request records' constraints enforce")
class RequestConstraintsTest {

    @Test
    @DisplayName("required fields, lengths and an enum's values come from the record's annotations")
    void fromTheAnnotations() {
        Schema client = object(Map.of("firstName", property(Schema.SchemaType.STRING),
                "email", property(Schema.SchemaType.STRING)));

        RequestConstraints.describe(ClientJson.class, client);

        assertThat(client.getRequired()).contains("firstName", "lastName", "email", "phone", "dateOfBirth");
        assertThat(client.getProperties().get("firstName").getMinLength()).isEqualTo(1);
        assertThat(client.getProperties().get("firstName").getMaxLength()).isEqualTo(100);

        Schema treatment = object(Map.of("category", property(Schema.SchemaType.STRING),
                "durationMinutes", property(Schema.SchemaType.INTEGER)));
        RequestConstraints.describe(TreatmentRequest.class, treatment);
        assertThat(treatment.getProperties().get("category").getEnumeration()).contains("ANTI_WRINKLE");
        assertThat(treatment.getRequired()).contains("category", "durationMinutes", "priceMinorUnits");
    }

    @Test
    @DisplayName("a nested record's schema, referred to by $ref, is left to its own description")
    void references() {
        Schema reference = property(null);
        reference.setRef("#/components/schemas/BookingClient");
        Schema booking = object(Map.of("client", reference));

        RequestConstraints.describe(BookingRequest.class, booking);

        assertThat(booking.getRequired()).contains("treatment", "start", "client");
        assertThat(reference.getMinLength()).isNull();
    }

    @Test
    @DisplayName("the records of this module are found where the description is built")
    void findsTheRecords() {
        assertThat(RequestConstraints.requestRecords()).contains(BookingRequest.class, TreatmentRequest.class);
    }

    @Test
    @DisplayName("@OneOf refuses a name the enum does not have, listing the ones it has, and leaves absence to @NotBlank")
    void oneOf() {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        TreatmentRequest bad = new TreatmentRequest("Peel", "PEEL", null, 30, null, null, 1000L, null, null, null,
                null, null, null, null);

        assertThat(validator.validate(bad)).extracting(v -> v.getPropertyPath() + " " + v.getMessage())
                .singleElement().asString().startsWith("category must be one of ").contains("ANTI_WRINKLE");
        assertThat(validator.validateValue(TreatmentRequest.class, "category", null)).hasSize(1);
    }

    @Test
    @DisplayName("every request record of this module can be described, whatever its annotations (a @Size with no "
            + "minimum on a list once broke the whole /openapi document)")
    void everyRecordDescribes() {
        for (Class<?> type : RequestConstraints.requestRecords()) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            for (var component : type.getRecordComponents()) {
                boolean many = java.util.Collection.class.isAssignableFrom(component.getType());
                Schema property = property(many ? Schema.SchemaType.ARRAY : Schema.SchemaType.STRING);
                if (many) {
                    property.setItems(property(Schema.SchemaType.STRING));
                }
                properties.put(component.getName(), property);
            }
            RequestConstraints.describe(type, object(properties));
        }
    }

    private static Schema object(Map<String, Schema> properties) {
        Schema schema = property(Schema.SchemaType.OBJECT);
        schema.setProperties(new LinkedHashMap<>(properties));
        return schema;
    }

    /** A schema backed by a map: the tests need no OpenAPI implementation, only the model's getters and setters. */
    private static Schema property(Schema.SchemaType type) {
        Map<String, Object> values = new HashMap<>();
        values.put("Type", type);
        return (Schema) Proxy.newProxyInstance(Schema.class.getClassLoader(), new Class<?>[] {Schema.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("addRequired")) {
                        @SuppressWarnings("unchecked")
                        List<String> required = (List<String>) values.computeIfAbsent("Required",
                                k -> new ArrayList<String>());
                        required.add((String) args[0]);
                        return proxy;
                    }
                    if (name.startsWith("set")) {
                        values.put(name.substring(3), args[0]);
                        return null;
                    }
                    if (name.startsWith("get")) {
                        return values.get(name.substring(3));
                    }
                    if (name.equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (name.equals("equals")) {
                        return proxy == args[0];
                    }
                    return name.equals("toString") ? values.toString() : null;
                });
    }
}
