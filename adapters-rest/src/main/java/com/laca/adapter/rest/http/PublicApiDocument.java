package com.laca.adapter.rest.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document as anyone may read it: without the platform administration section (the paths under
 * {@value #ADMIN_PREFIX}), and without the tags and components only that section used, so the public description says
 * nothing about how tenants are created, suspended or paid out.
 */
final class PublicApiDocument {

    /** Where the platform administrator's endpoints live. */
    static final String ADMIN_PREFIX = "/api/admin/";

    private static final String COMPONENT_REF = "#/components/";
    private static final String PAYARA_INDEX = "endpoints";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /**
     * Made once: {@code Json.createObjectBuilder()} looks the JSON provider up through the service loader on every
     * call, which scans the application's class path each time.
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private PublicApiDocument() {
    }

    /** The document without the administration section; everything else is kept as it was. */
    static JsonObject of(JsonObject full) {
        JsonObject paths = full.getJsonObject("paths");
        if (paths == null) {
            return full;
        }
        JsonObjectBuilder publicPaths = BUILDERS.createObjectBuilder();
        Set<String> adminTags = new HashSet<>();
        Set<String> publicTags = new HashSet<>();
        paths.forEach((path, item) -> {
            if (isAdmin(path)) {
                collectTags(item, adminTags);
            } else {
                collectTags(item, publicTags);
                publicPaths.add(path, item);
            }
        });
        JsonObjectBuilder document = BUILDERS.createObjectBuilder(full).add("paths", publicPaths);
        if (full.get("endpoints") instanceof JsonObject index) {
            document.add("endpoints", withoutAdminEndpoints(index));
        }
        JsonArray tags = full.getJsonArray("tags");
        if (tags != null) {
            adminTags.removeAll(publicTags);
            JsonArrayBuilder kept = BUILDERS.createArrayBuilder();
            tags.stream().filter(tag -> !(tag instanceof JsonObject t && adminTags.contains(t.getString("name", ""))))
                    .forEach(kept::add);
            document.add("tags", kept);
        }
        JsonObject withoutAdminPaths = document.build();
        return withoutComponentsOnlyAdminUsed(full, withoutAdminPaths);
    }

    /**
     * The document as OpenAPI wants it: without Payara's own index of paths (a top-level key OpenAPI does not allow),
     * each tag listed once, and with {@code security: []} written out on every operation that needs no token, which Payara's writer leaves
     * out when the list is empty.
     */
    static JsonObject standard(JsonObject document) {
        JsonObjectBuilder standard = BUILDERS.createObjectBuilder(document).remove(PAYARA_INDEX);
        if (document.get("tags") instanceof JsonArray tags) {
            standard.add("tags", withoutRepeatedTags(tags));
        }
        if (document.get("paths") instanceof JsonObject paths) {
            JsonObjectBuilder explicit = BUILDERS.createObjectBuilder();
            paths.forEach((path, item) -> explicit.add(path, item instanceof JsonObject operations
                    ? withExplicitSecurity(operations) : item));
            standard.add("paths", explicit);
        }
        return standard.build();
    }

    /** Payara lists a tag once per resource that declares it; OpenAPI wants each name once (the first kept). */
    private static JsonArray withoutRepeatedTags(JsonArray tags) {
        Set<String> seen = new HashSet<>();
        JsonArrayBuilder kept = BUILDERS.createArrayBuilder();
        tags.forEach(tag -> {
            if (!(tag instanceof JsonObject named) || seen.add(named.getString("name", ""))) {
                kept.add(tag);
            }
        });
        return kept.build();
    }

    private static JsonObject withExplicitSecurity(JsonObject pathItem) {
        JsonObjectBuilder item = BUILDERS.createObjectBuilder();
        pathItem.forEach((key, value) -> item.add(key, OPERATIONS.contains(key) && value instanceof JsonObject operation
                && !operation.containsKey("security")
                ? BUILDERS.createObjectBuilder(operation).add("security", JsonValue.EMPTY_JSON_ARRAY).build() : value));
        return item.build();
    }

    /** Payara's own (non-standard) index of every path, by application root. */
    private static JsonObject withoutAdminEndpoints(JsonObject index) {
        JsonObjectBuilder kept = BUILDERS.createObjectBuilder();
        index.forEach((root, paths) -> {
            if (paths instanceof JsonArray list) {
                JsonArrayBuilder publicPaths = BUILDERS.createArrayBuilder();
                list.stream().filter(path -> !(path instanceof JsonString p && isAdmin(p.getString())))
                        .forEach(publicPaths::add);
                kept.add(root, publicPaths);
            } else {
                kept.add(root, paths);
            }
        });
        return kept.build();
    }

    private static boolean isAdmin(String path) {
        return path.startsWith(ADMIN_PREFIX) || path.equals(ADMIN_PREFIX.substring(0, ADMIN_PREFIX.length() - 1));
    }

    /** Drops the components the full document used and the public one no longer does; unused ones stay as they were. */
    private static JsonObject withoutComponentsOnlyAdminUsed(JsonObject full, JsonObject document) {
        JsonObject components = document.getJsonObject("components");
        if (components == null) {
            return document;
        }
        Set<String> orphaned = reachableComponents(full);
        orphaned.removeAll(reachableComponents(document));
        if (orphaned.isEmpty()) {
            return document;
        }
        JsonObjectBuilder keptComponents = BUILDERS.createObjectBuilder();
        components.forEach((section, entries) -> {
            if (entries instanceof JsonObject named) {
                JsonObjectBuilder kept = BUILDERS.createObjectBuilder();
                named.forEach((name, component) -> {
                    if (!orphaned.contains(section + "/" + name)) {
                        kept.add(name, component);
                    }
                });
                keptComponents.add(section, kept);
            } else {
                keptComponents.add(section, entries);
            }
        });
        return BUILDERS.createObjectBuilder(document).add("components", keptComponents).build();
    }

    /**
     * Every component ({@code section/name}) the document uses outside the components, directly or through others. Payara
     * writes a response schema given as {@code implementation = X.class} as an inline copy of component X rather than
     * a {@code $ref}, so an identical inline copy counts as a use too.
     */
    private static Set<String> reachableComponents(JsonObject document) {
        JsonObject components = document.getJsonObject("components");
        Map<JsonValue, String> schemas = new HashMap<>();
        if (components != null && components.get("schemas") instanceof JsonObject named) {
            named.forEach((name, schema) -> schemas.putIfAbsent(schema, "schemas/" + name));
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        document.forEach((key, value) -> {
            if (!key.equals("components")) {
                collectRefs(value, pending);
                collectCopies(value, schemas, pending);
            }
        });
        while (!pending.isEmpty()) {
            String ref = pending.pop();
            if (reached.add(ref) && components != null) {
                int slash = ref.indexOf('/');
                JsonObject section = slash < 0 ? null : components.getJsonObject(ref.substring(0, slash));
                JsonValue component = section == null ? null : section.get(ref.substring(slash + 1));
                if (component != null) {
                    collectRefs(component, pending);
                }
            }
        }
        return reached;
    }

    private static void collectRefs(JsonValue value, Deque<String> refs) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (key.equals("$ref") && member instanceof JsonString ref
                        && ref.getString().startsWith(COMPONENT_REF)) {
                    refs.push(ref.getString().substring(COMPONENT_REF.length()));
                } else {
                    collectRefs(member, refs);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(member -> collectRefs(member, refs));
        }
    }

    private static void collectCopies(JsonValue value, Map<JsonValue, String> schemas, Deque<String> uses) {
        if (value instanceof JsonObject object) {
            String copied = schemas.get(object);
            if (copied != null) {
                uses.push(copied);
            }
            object.values().forEach(member -> collectCopies(member, schemas, uses));
        } else if (value instanceof JsonArray array) {
            array.forEach(member -> collectCopies(member, schemas, uses));
        }
    }

    private static void collectTags(JsonValue pathItem, Set<String> tags) {
        if (pathItem instanceof JsonObject operations) {
            operations.values().forEach(operation -> {
                if (operation instanceof JsonObject o && o.get("tags") instanceof JsonArray names) {
                    names.getValuesAs(JsonString.class).forEach(name -> tags.add(name.getString()));
                }
            });
        }
    }
}
