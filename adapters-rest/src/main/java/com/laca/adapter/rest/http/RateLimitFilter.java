package com.laca.adapter.rest.http;

import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.ServletProblems;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits how often one network address may call the endpoints anyone can reach and that cost the server work or let
 * someone guess (availability, booking, verification codes and certificate checks, sign-in), answering 429 with {@code Retry-After} past the
 * limit (Bucket4j token buckets, refilled in full each minute). The endpoint is recognised from the container's
 * canonical path (decoded, without matrix parameters), so {@code ;x=1} or an encoded letter cannot dodge the count.
 * The counts live in this server's memory: behind a load balancer each instance counts on its own
 * (docs/operations.md names the cluster-wide option).
 */
public class RateLimitFilter extends HttpFilter {

    /** Configuration: {@code laca.rate-limit.<group>.per-minute} (0 turns a group off) and the exempt addresses. */
    public static final String KEY_PREFIX = "laca.rate-limit.";
    /** Comma-separated addresses never limited (e.g. the clinic's own booking site's server). */
    public static final String EXEMPT_KEY = KEY_PREFIX + "exempt-addresses";

    private static final long serialVersionUID = 1L;
    /** Past this many tracked addresses the table starts afresh, so a flood of addresses cannot exhaust memory. */
    private static final int MAX_TRACKED = 100_000;
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    /** The limited groups and their default requests per minute per address. */
    enum Group {
        AVAILABILITY(120), BOOKING(20), VERIFY(10), LOGIN(20);

        final int defaultPerMinute;

        Group(int defaultPerMinute) {
            this.defaultPerMinute = defaultPerMinute;
        }

        String key() {
            return KEY_PREFIX + name().toLowerCase(Locale.ROOT) + ".per-minute";
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<Group, Integer> perMinute = new EnumMap<>(Group.class);
    private Set<String> exempt = Set.of();

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        for (Group group : Group.values()) {
            perMinute.put(group, config.getOptionalValue(group.key(), Integer.class).orElse(group.defaultPerMinute));
        }
        exempt = config.getOptionalValue(EXEMPT_KEY, String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Group> group = groupOf(request.getMethod(), canonicalPath(request));
        String address = request.getRemoteAddr();
        if (group.isEmpty() || perMinute.get(group.get()) <= 0 || exempt.contains(address)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = bucket(group.get(), address).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        ServletProblems.answer(request, response, ProblemType.TOO_MANY_REQUESTS.problem(
                "Too many requests from this address; try again in " + seconds + " s."));
        // after the problem, which resets the response; the small body is still buffered, so headers can be added
        response.setHeader("Retry-After", Long.toString(seconds));
    }

    private Bucket bucket(Group group, String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        int limit = perMinute.get(group);
        return buckets.computeIfAbsent(group + " " + address, key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, Duration.ofMinutes(1)))
                .build());
    }

    /** The path as the container resolved it: decoded, dot segments removed, without any {@code ;parameters}. */
    static String canonicalPath(HttpServletRequest request) {
        return canonical(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    /**
     * A container path without {@code ;parameters} and repeated slashes, in lower case; the usual path, which has
     * neither, skips the splitting and the regular expression, since this runs on every request.
     */
    static String canonical(String path) {
        if (path.indexOf(';') < 0 && !path.contains("//")) {
            return path.toLowerCase(Locale.ROOT);
        }
        String withoutParameters = Arrays.stream(path.split("/", -1)).map(segment -> {
            int semicolon = segment.indexOf(';');
            return semicolon < 0 ? segment : segment.substring(0, semicolon);
        }).collect(Collectors.joining("/"));
        return REPEATED_SLASHES.matcher(withoutParameters).replaceAll("/").toLowerCase(Locale.ROOT);
    }

    /** Which limited group a request belongs to, if any. */
    static Optional<Group> groupOf(String method, String path) {
        if ("POST".equals(method) && (path.equals("/api/auth/login") || path.equals("/api/auth/login/"))) {
            return Optional.of(Group.LOGIN);
        }
        if (!path.startsWith("/api/public/")) {
            return Optional.empty();
        }
        String[] segments = path.substring("/api/public/".length()).split("/");
        if (segments.length < 2) {
            return Optional.empty();
        }
        if (Arrays.asList(segments).contains("verify")) {
            return Optional.of(Group.VERIFY);
        }
        if (segments[1].equals("certificates") && "GET".equals(method)) {
            // the public certificate check takes a guessable code: limited like the other verifications
            return Optional.of(Group.VERIFY);
        }
        if (segments[1].equals("availability") && "GET".equals(method)) {
            return Optional.of(Group.AVAILABILITY);
        }
        if (segments[1].equals("bookings") && "POST".equals(method)) {
            return Optional.of(Group.BOOKING);
        }
        return Optional.empty();
    }
}
