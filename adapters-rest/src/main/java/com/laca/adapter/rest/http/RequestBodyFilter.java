package com.laca.adapter.rest.http;

import com.laca.adapter.rest.common.BodySizeLimitFilter;
import com.laca.adapter.rest.common.PhotoUploads;
import com.laca.adapter.rest.problem.Problems;
import com.laca.adapter.rest.problem.ServletProblems;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes sure no worker thread waits for a body anyone may send: the body of a request without a token that has not
 * fully arrived with the headers is read asynchronously, as its bytes come, and the request goes on only once it is
 * complete. A client that sends its body slowly (or never finishes it) then holds a connection and a few kilobytes, not
 * a thread, so a few hundred such clients cannot stop the server answering everyone else. A body over
 * {@code laca.http.max-body-bytes} is refused with 413, and one not complete within
 * {@code laca.http.body-timeout-seconds} with 408. A body whose client offers to switch protocols is the exception
 * ({@link UpgradeOfferBodies}).
 */
public class RequestBodyFilter extends HttpFilter {

    /** The configuration key for how long a client may take to send its whole body, in seconds. */
    public static final String BODY_TIMEOUT_KEY = "laca.http.body-timeout-seconds";
    /** A body this API accepts (64 KiB at most) takes well under a second even on a poor mobile connection. */
    public static final int DEFAULT_BODY_TIMEOUT_SECONDS = 10;
    /** Where the read body waits for the dispatch that hands it on. */
    static final String BODY_ATTRIBUTE = RequestBodyFilter.class.getName() + ".body";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestBodyFilter.class.getName());
    /**
     * The asynchronous context's time-out also runs while the request, once its body is read, is served; it is set to
     * the body's deadline plus the listener's request time-out, so it only ever ends a request that hangs.
     */
    private static final Duration SERVING_ALLOWANCE = Duration.ofSeconds(120);

    @Inject
    private transient Instance<RequestContextController> requestContexts;
    @Resource
    private transient ManagedScheduledExecutorService scheduler;
    private final transient UpgradeOfferBodies upgradeOffers = new UpgradeOfferBodies();
    private long maxBytes;
    private long photoMaxBytes;
    private Duration timeout;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        maxBytes = config.getOptionalValue(BodySizeLimitFilter.MAX_BODY_BYTES_KEY, Long.class)
                .orElse(BodySizeLimitFilter.DEFAULT_MAX_BODY_BYTES);
        int seconds = config.getOptionalValue(BODY_TIMEOUT_KEY, Integer.class).orElse(DEFAULT_BODY_TIMEOUT_SECONDS);
        if (maxBytes < 1) {
            throw new IllegalArgumentException(BodySizeLimitFilter.MAX_BODY_BYTES_KEY + " must be positive");
        }
        if (seconds < 1 || seconds > 300) {
            throw new IllegalArgumentException(BODY_TIMEOUT_KEY + " must be between 1 and 300");
        }
        timeout = Duration.ofSeconds(seconds);
        photoMaxBytes = Math.max(maxBytes, PhotoUploads.maxBytes());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            handOnReadBody(request, response, chain);
            return;
        }
        long length = request.getContentLengthLong();
        long limit = PhotoUploads.isUpload(request.getMethod(), request.getRequestURI()) ? photoMaxBytes
                : BodySizeLimitFilter.limitFor(request.getRequestURI(), maxBytes);
        if (length > limit) {
            ServletProblems.answer(request, response, Problems.tooLarge(limit));
            response.setHeader("Connection", "close");
            return;
        }
        if (!announcesBody(request) || !anonymous(request) || !request.isAsyncSupported()
                || arrivedWhole(request, length)) {
            chain.doFilter(request, response);
            return;
        }
        if (UpgradeOfferBodies.offered(request)) {
            Optional<byte[]> body = upgradeOffers.read(request, response, limit);
            if (body.isPresent()) {
                chain.doFilter(new BufferedBodyRequest(request, body.get()), response);
            }
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(timeout.plus(SERVING_ALLOWANCE).toMillis());
        BodyCollector collector = new BodyCollector(async, scheduler, limit);
        async.addListener(collector);
        collector.expireAfter(timeout);
        request.getInputStream().setReadListener(collector);
    }

    /**
     * Only requests that act for nobody are read asynchronously. Payara runs the dispatch that follows on a thread of
     * its own whose security context it does not set for a token's caller (Jakarta Security would see a previous
     * caller there), so a signed-in caller's body is read as before, on the request's thread, each wait bounded by the
     * listener's read time-out; only a valid token gets that far.
     */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getUserPrincipal() == null && request.getHeader("Authorization") == null;
    }

    /**
     * Most clients send the body with the headers: then it is all here, reading it cannot wait, and the request goes on
     * at once on this thread.
     */
    private static boolean arrivedWhole(HttpServletRequest request, long length) throws IOException {
        return length > 0 && request.getInputStream().available() >= length;
    }

    /**
     * The body has been read: the request goes on with it, in a request context of its own, because Payara runs this
     * dispatch on a thread where CDI's request context is not active. Only anonymous requests come here; if the request
     * ever carried a caller, it is refused rather than served without its checks. The request's own principal is what
     * the resources read; Jakarta Security's thread-bound context is not asked, because on this thread Payara answers
     * it by creating its EJB container's internals, which it reports as an internal error.
     */
    private void handOnReadBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(BODY_ATTRIBUTE) instanceof byte[] body)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() != null) {
            LOG.severe("Refused to serve, as anonymous, a request that carries a caller");
            ServletProblems.answer(request, response, Problems.forStatus(503));
            return;
        }
        RequestContextController context = requestContexts.get();
        boolean activated = context.activate();
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), response);
        } finally {
            if (activated) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }

    private static boolean announcesBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
