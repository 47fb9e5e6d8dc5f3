package com.laca.adapter.rest.common;

import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one request whose body may be larger than {@code laca.http.max-body-bytes}: a clinical photo upload
 * ({@code POST …/treatment-records/{appointment}/photos}), allowed up to {@code laca.photos.max-bytes} (20 MiB by
 * default), so the body limit stays small for every JSON request.
 */
public final class PhotoUploads {

    /** The configuration key for the largest photo accepted, in bytes. */
    public static final String MAX_BYTES_KEY = "laca.photos.max-bytes";
    /** 20 MiB: a 24-megapixel phone JPEG fits. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern PATH = Pattern.compile("(/api)?/?treatment-records/[^/;]+/photos/?");

    private PhotoUploads() {
    }

    /** Whether the request is a photo upload, by method and path (with or without the context root). */
    public static boolean isUpload(String method, String path) {
        return "POST".equalsIgnoreCase(method) && path != null && PATH.matcher(path).matches();
    }

    /** The configured photo size limit. */
    public static long maxBytes() {
        long configured = ConfigProvider.getConfig().getOptionalValue(MAX_BYTES_KEY, Long.class)
                .orElse(DEFAULT_MAX_BYTES);
        if (configured < 1) {
            throw new IllegalArgumentException(MAX_BYTES_KEY + " must be positive");
        }
        return configured;
    }
}
