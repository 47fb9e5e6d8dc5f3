package com.laca.adapter.rest.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The network origin a public request is counted under for the booking limits: the IPv4 address (also when written
 * as an IPv4-mapped IPv6 address), or the /64 network of an IPv6 address, because one IPv6 subscriber is given a whole
 * /64 and could otherwise change address at will.
 */
public final class NetworkOrigins {

    /** What a request whose address the container did not report is counted under. */
    static final String UNKNOWN = "unknown";

    private static final int IPV6_NETWORK_BYTES = 8;
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("\\[?[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?]?");

    private NetworkOrigins() {
    }

    /** The origin of a remote address as the servlet container reports it ({@code getRemoteAddr()}). */
    public static String of(String remoteAddress) {
        if (remoteAddress == null) {
            return UNKNOWN;
        }
        String text = remoteAddress.trim();
        if (IPV4.matcher(text).matches()) {
            return text;
        }
        if (!text.contains(":") || !IPV6_CHARACTERS.matcher(text).matches()) {
            return UNKNOWN;
        }
        try {
            // a text with a colon is only ever parsed as an IPv6 literal, never looked up as a host name
            InetAddress parsed = InetAddress.getByName(text.replace("[", "").replace("]", ""));
            byte[] address = parsed.getAddress();
            if (address.length == 4) {
                return parsed.getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(address, IPV6_NETWORK_BYTES), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return UNKNOWN;
        }
    }
}
