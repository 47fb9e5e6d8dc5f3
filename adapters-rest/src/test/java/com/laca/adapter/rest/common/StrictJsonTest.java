package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.laca.adapter.rest.clinic.LocationRequest;
import com.laca.adapter.rest.clinic.TreatmentRequest;
import com.laca.adapter.rest.payment.DeskPaymentRequest;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Request bodies are read strictly: numbers as whole numbers in range, flags as true or false")
class StrictJsonTest {

    private final Jsonb jsonb = new StrictJson().getContext(Object.class);

    private static final String TREATMENT = """
            {"name": "Peel", "category": "SKIN", "durationMinutes": %s, "priceMinorUnits": %s, "active": %s}""";

    private TreatmentRequest treatment(String duration, String price, String active) {
        return jsonb.fromJson(TREATMENT.formatted(duration, price, active), TreatmentRequest.class);
    }

    private Problem problemOf(String duration, String price, String active) {
        return Problems.forException(catchThrowable(() -> treatment(duration, price, active)));
    }

    @Test
    @DisplayName("whole numbers, true and false, and null are read as written")
    void readsWhatIsWritten() {
        TreatmentRequest request = treatment("30", "9223372036854775807", "false");

        assertThat(request.durationMinutes()).isEqualTo(30);
        assertThat(request.priceMinorUnits()).isEqualTo(Long.MAX_VALUE);
        assertThat(request.active()).isFalse();
        assertThat(treatment("30.0", "1e3", "null").priceMinorUnits()).isEqualTo(1000);
        assertThat(treatment("30", "-0", "true").active()).isTrue();
    }

    @ParameterizedTest(name = "duration {0}, price {1}, active {2} → {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            30.9        | 100               | true  | durationMinutes | must be a whole number
            "30"        | 100               | true  | durationMinutes | must be a whole number
            4294967326  | 100               | true  | durationMinutes | must be a whole number from -2147483648 to 2147483647
            1e-1000000  | 100               | true  | durationMinutes | must be a whole number
            30          | 99.99             | true  | priceMinorUnits | must be a whole number
            30          | 1e1000000         | true  | priceMinorUnits | must be a whole number from -9223372036854775808 to 9223372036854775807
            30          | 100               | "x"   | active          | must be true or false
            30          | 100               | -1    | active          | must be true or false
            30          | 100               | ""    | active          | must be true or false
            30          | 100               | 1     | active          | must be true or false
            30          | 100               | "true"| active          | must be true or false
            """)
    @DisplayName("anything else is a 400 malformed-body problem naming the field and what it must be")
    void refusesAnythingElse(String duration, String price, String active, String field, String expectation) {
        Problem problem = problemOf(duration, price, active);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/malformed-body");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError(field, expectation));
    }

    @Test
    @DisplayName("a nested field is named by its path, e.g. deposit.basisPoints")
    void nestedPath() {
        Throwable failure = catchThrowable(() -> jsonb.fromJson("""
                {"name": "Peel", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 100,
                 "deposit": {"type": "PERCENTAGE", "basisPoints": 2500.5}}""", TreatmentRequest.class));

        assertThat(Problems.forException(failure).errors()).extracting(Problem.FieldError::field)
                .containsExactly("deposit.basisPoints");
    }

    @Test
    @DisplayName("a location's active flag and a desk payment's amount are read the same way")
    void otherRecords() {
        Throwable flag = catchThrowable(() -> jsonb.fromJson("{\"active\": \"no\"}", LocationRequest.class));
        Throwable amount = catchThrowable(() -> jsonb.fromJson("{\"amountMinor\": 1.5}", DeskPaymentRequest.class));

        assertThat(Problems.forException(flag).errors()).extracting(Problem.FieldError::field).containsExactly("active");
        assertThat(Problems.forException(amount).errors()).extracting(Problem.FieldError::field)
                .containsExactly("amountMinor");
    }

    @Test
    @DisplayName("no request body declares a primitive or floating-point field, which the strict reading would miss")
    void requestRecordsUseTheStrictTypes() throws Exception {
        List<String> offenders = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations())
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (Stream.of(parameter.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName()
                            .startsWith("jakarta.ws.rs"))) {
                        check(parameter.getParameterizedType(), resource.getSimpleName() + "." + method.getName(),
                                offenders, seen);
                    }
                }
            }
        }

        assertThat(seen).as("request bodies found").contains(TreatmentRequest.class, DeskPaymentRequest.class);
        assertThat(offenders).isEmpty();
    }

    private static void check(Type type, String where, List<String> offenders, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, where, offenders, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || !seen.add(raw)) {
            return;
        }
        // exact decimal quantities (a course's CPD hours) are BigDecimal: exact like Integer and Long, never a double
        if (raw.isPrimitive() || raw == Double.class || raw == Float.class || Number.class.isAssignableFrom(raw)
                && raw != Integer.class && raw != Long.class && raw != java.math.BigDecimal.class) {
            offenders.add(where + ": " + raw.getName());
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), offenders, seen);
            }
        }
    }

    /** Every JAX-RS resource class of this module, found on the class path next to this one. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException {
        java.nio.file.Path root = java.nio.file.Path.of(StrictJson.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(java.nio.file.Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(StrictJsonTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StrictJsonTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
