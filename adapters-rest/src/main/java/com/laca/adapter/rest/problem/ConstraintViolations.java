package com.laca.adapter.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names the fields of a Bean Validation refusal as the hand-written checks do: {@code client.email},
 * {@code windows[0]}, or a query parameter's own name, never the resource method or its Java parameter.
 */
final class ConstraintViolations {

    /** How a missing or refused request body as a whole is named, as the hand-written check named it. */
    static final String BODY = "body";

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(QueryParam.class, PathParam.class,
            HeaderParam.class, FormParam.class, MatrixParam.class, CookieParam.class, BeanParam.class, Context.class);

    private ConstraintViolations() {
    }

    /** Whether the violation is on the resource method's entity parameter (the JSON body), not a named parameter. */
    private static boolean isEntity(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        Integer index = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (method == null || index == null || violation.getRootBeanClass() == null) {
            return false;
        }
        try {
            Method target = violation.getRootBeanClass().getMethod(method.getName(),
                    method.getParameterTypes().toArray(Class<?>[]::new));
            return Arrays.stream(target.getParameterAnnotations()[index])
                    .noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
        } catch (NoSuchMethodException | RuntimeException e) {
            return false;
        }
    }

    private static String parameterName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }

    /** Field name to what is wrong with it; the first message wins when one field breaks two constraints. */
    static Map<String, String> fieldErrors(ConstraintViolationException exception) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String field = field(violation.getPropertyPath());
            errors.putIfAbsent(isEntity(violation) && field.equals(parameterName(violation.getPropertyPath()))
                    ? BODY : field, violation.getMessage());
        }
        return errors;
    }

    /** The path below the method and its parameter; the parameter's name when the parameter itself is invalid. */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        String parameter = "";
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }
}
