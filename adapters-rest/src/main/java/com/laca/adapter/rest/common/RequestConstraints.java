package com.laca.adapter.rest.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the Bean Validation constraints of the request records into their schemas (required, lengths, sizes,
 * bounds, enums), so the API description states the same limits the server enforces, from the same declarations.
 * Payara's own translation ({@code mp.openapi.scan.beanvalidation}) stays off: it breaks the whole document.
 */
final class RequestConstraints {

    private static final String PACKAGE = "com/laca/adapter/rest/";
    private static final Logger LOG = Logger.getLogger(RequestConstraints.class.getName());

    private RequestConstraints() {
    }

    /** Adds the constraints of every request record found next to this class to its schema, where there is one. */
    static void describe(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Class<?> type : requestRecords()) {
            Schema schema = schemas.get(schemaName(type));
            if (schema != null) {
                describe(type, schema);
            }
        }
    }

    /** The constraints of one record's components, written into its object schema and property schemas. */
    static void describe(Class<?> type, Schema schema) {
        for (RecordComponent component : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                continue;
            }
            String name = component.getName();
            Schema property = schema.getProperties() == null ? null : schema.getProperties().get(name);
            for (Annotation annotation : field.getAnnotations()) {
                if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
                    if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
                        schema.addRequired(name);
                    }
                }
                if (property == null || property.getRef() != null) {
                    continue;
                }
                constrain(property, annotation);
            }
            if (property != null && property.getItems() != null && property.getItems().getRef() == null
                    && field.getAnnotatedType() instanceof AnnotatedParameterizedType generic) {
                for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                    for (Annotation annotation : argument.getAnnotations()) {
                        constrain(property.getItems(), annotation);
                    }
                }
            }
        }
    }

    private static void constrain(Schema property, Annotation annotation) {
        boolean many = property.getType() == Schema.SchemaType.ARRAY;
        if (annotation instanceof NotBlank && property.getType() == Schema.SchemaType.STRING) {
            property.setMinLength(1);
        } else if (annotation instanceof NotEmpty && many) {
            property.setMinItems(1);
        } else if (annotation instanceof Size size) {
            if (many) {
                property.setMinItems(size.min() > 0 ? Integer.valueOf(size.min()) : property.getMinItems());
                property.setMaxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
            } else if (property.getType() == Schema.SchemaType.STRING) {
                property.setMinLength(size.min() > 0 ? Integer.valueOf(size.min()) : property.getMinLength());
                property.setMaxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
            }
        } else if (annotation instanceof Min min) {
            property.setMinimum(BigDecimal.valueOf(min.value()));
        } else if (annotation instanceof Max max) {
            property.setMaximum(BigDecimal.valueOf(max.value()));
        } else if (annotation instanceof OneOf oneOf && property.getType() == Schema.SchemaType.STRING) {
            property.setEnumeration(new ArrayList<>(OneOf.Check.names(oneOf.value())));
        }
    }

    private static String schemaName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isBlank() ? named.name() : type.getSimpleName();
    }

    /** The records of this module, read from its jar or class directory; none when that cannot be read. */
    static List<Class<?>> requestRecords() {
        URL self = RequestConstraints.class.getResource(RequestConstraints.class.getSimpleName() + ".class");
        try {
            if (self != null && "jar".equals(self.getProtocol())) {
                URLConnection connection = self.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                    return load(jar.stream().map(JarEntry::getName).toList());
                }
            }
            if (self != null && "file".equals(self.getProtocol())) {
                Path root = Path.of(self.toURI());
                for (int i = 0; i < PACKAGE.split("/").length + 2; i++) { // the file, its package, up to the root
                    root = root.getParent();
                }
                return records(root);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.log(Level.WARNING, "Request constraints left out of the API description", e);
            return List.of();
        }
        LOG.warning(() -> "Request constraints left out of the API description: classes served from " + self);
        return List.of();
    }

    private static List<Class<?>> records(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return load(files.map(root::relativize).map(Path::toString).map(n -> n.replace('\\', '/')).toList());
        }
    }

    private static List<Class<?>> load(List<String> names) {
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(PACKAGE) || !name.endsWith(".class")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false, RequestConstraints.class.getClassLoader());
                if (type.isRecord()) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable here: no schema to describe
            }
        }
        return found;
    }
}
