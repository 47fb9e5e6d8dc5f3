package com.laca.adapter.rest.common;

import com.laca.application.shared.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Lets query and header parameters be declared as {@link LocalDate}, {@link Instant}, {@link UUID}, an enum or an
 * {@link Integer}, so the signature (and the API description) says what a parameter is; a malformed value is a 400
 * naming the parameter with the message the hand-written checks gave, never JAX-RS's bare 404. A blank value counts
 * as absent, so {@code @NotNull} reports it as required.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, text -> Dates.date(text, name), LocalDate::toString);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, text -> Dates.instant(text, name), Instant::toString);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, text -> Fields.uuid(text, name), UUID::toString);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, text -> number(text, name, annotations), String::valueOf);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter((Class) rawType, name);
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(Class<E> type, String name) {
        return converter(name, text -> Fields.enumValue(type, text, name), Enum::name);
    }

    /** A whole number; out of range is left to {@code @Min}/{@code @Max}, whose bounds the message repeats. */
    private static Integer number(String text, String name, Annotation[] annotations) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            long min = Integer.MIN_VALUE;
            long max = Integer.MAX_VALUE;
            for (Annotation annotation : annotations) {
                Min lower = bound(annotation, Min.class);
                Max upper = bound(annotation, Max.class);
                min = lower == null ? min : lower.value();
                max = upper == null ? max : upper.value();
            }
            throw new InvalidInputException(name, "must be a whole number from " + min + " to " + max);
        }
    }

    /** The bound itself, or the one a composed constraint such as {@link PageSize} is made of. */
    private static <A extends Annotation> A bound(Annotation annotation, Class<A> type) {
        return type.isInstance(annotation) ? type.cast(annotation) : annotation.annotationType().getAnnotation(type);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam param) {
                return param.value();
            } else if (annotation instanceof HeaderParam param) {
                return param.value();
            } else if (annotation instanceof FormParam param) {
                return param.value();
            } else if (annotation instanceof MatrixParam param) {
                return param.value();
            } else if (annotation instanceof CookieParam param) {
                return param.value();
            }
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse,
            Function<T, String> format) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(text);
                } catch (InvalidInputException e) {
                    throw new InvalidParameterException(e);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : format.apply(value);
            }
        };
    }

    /**
     * Carries the refusal through JAX-RS unchanged: Jersey rethrows a {@code WebApplicationException} from a
     * converter as it is, but would turn any other exception from a query parameter into a 404.
     */
    public static final class InvalidParameterException extends BadRequestException {

        private static final long serialVersionUID = 1L;

        InvalidParameterException(InvalidInputException cause) {
            super(cause.getMessage(), cause);
        }

        /** The field-by-field refusal. */
        public InvalidInputException refusal() {
            return (InvalidInputException) getCause();
        }
    }
}
