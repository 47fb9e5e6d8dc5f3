package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One e-mail address once booked 25 of 25 consecutive slots. Public bookings are now limited per client and per
 * network address; each test books from a loopback address of its own (127.0.0.x), so what it counts is its own and
 * the other tests' bookings from 127.0.0.1 never meet its limits. The server runs with the default per-client limits
 * (2 unpaid holds, 6 upcoming bookings) and, as {@link RunningServer} sets it, 8 unpaid holds per address.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Nobody can hoard a clinic's slots through public booking")
class SlotHoardingE2EIT {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(40);
    private static final String BOOKINGS = "/api/public/" + Sessions.DEMO + "/bookings";

    @BeforeAll
    static void loopbackAddressesAreUsable() {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.39"), 0));
        } catch (IOException e) {
            Assumptions.abort("this machine cannot send from 127.0.0.39, which the per-address tests need: " + e);
        }
    }

    private static String newLoopbackAddress() {
        return "127.0.0." + NEXT_ADDRESS.getAndIncrement();
    }

    private static String booking(BookingFixture clinic, String start, String email) {
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Hoarding", "lastName": "Test", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "1990-04-15"}}"""
                .formatted(clinic.treatment, start, clinic.location, email);
    }

    private static void isLimit(Api.Response response, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.string("type")).isEqualTo("https://laca.dev/problems/booking-limit-reached");
        assertThat(response.string("reason")).isEqualTo(reason);
    }

    @Test
    @DisplayName("one e-mail address books six upcoming slots; the seventh is a 409 naming the limit and the slot "
            + "stays free; after a cancellation it can be booked, and the front desk may always book for the client")
    void upcomingPerClient() {
        BookingFixture clinic = BookingFixture.everyDay("hoarding");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 5);
        String address = newLoopbackAddress();
        String email = "hoarder-" + UUID.randomUUID() + "@example.com";
        List<String> tokens = new ArrayList<>();
        for (int hour = 9; hour < 15; hour++) {
            String start = BookingFixture.at(day, "%02d:00".formatted(hour));
            Api.Response booked = postFrom(address, BOOKINGS, booking(clinic, start, email));
            assertThat(booked.status()).as("%s", booked).isEqualTo(201);
            tokens.add(booked.string("manageToken"));
        }
        String seventh = BookingFixture.at(day, "15:00");

        Api.Response refused = postFrom(address, BOOKINGS, booking(clinic, seventh, email));

        isLimit(refused, "CLIENT_UPCOMING_BOOKINGS");
        assertThat(refused.string("detail")).contains("6 upcoming bookings");
        assertThat(clinic.starts(day, day)).contains(seventh);
        assertThat(Api.anonymous().post(BOOKINGS + "/" + tokens.get(0) + "/cancel", null).status()).isEqualTo(200);
        assertThat(postFrom(address, BOOKINGS, booking(clinic, seventh, email)).status()).isEqualTo(201);
        Api frontDesk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        Api.Response byStaff = frontDesk.post("/api/appointments",
                booking(clinic, BookingFixture.at(day, "16:00"), email));
        assertThat(byStaff.status()).as("%s", byStaff).isEqualTo(201);
    }

    @Test
    @DisplayName("a client with two unpaid deposit holds cannot take a third; one network address under many e-mail "
            + "addresses gets eight unpaid holds and no ninth")
    void unpaidHolds() {
        connectTheDemoClinicToStripe();
        BookingFixture clinic = BookingFixture.everyDay("hoarding holds",
                "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.SATURDAY, 5);
        String oneClient = newLoopbackAddress();
        String email = "holder-" + UUID.randomUUID() + "@example.com";
        for (String time : List.of("09:00", "09:30")) {
            Api.Response held = postFrom(oneClient, BOOKINGS, booking(clinic, BookingFixture.at(day, time), email));
            assertThat(held.status()).as("%s", held).isEqualTo(201);
            assertThat(held.json().getJsonObject("appointment").getString("status")).isEqualTo("HELD");
        }
        isLimit(postFrom(oneClient, BOOKINGS, booking(clinic, BookingFixture.at(day, "10:00"), email)),
                "CLIENT_UNPAID_HOLDS");

        String oneNetwork = newLoopbackAddress();
        for (int slot = 0; slot < 8; slot++) {
            String start = BookingFixture.at(day, (11 + slot / 2) + (slot % 2 == 0 ? ":00" : ":30"));
            Api.Response held = postFrom(oneNetwork, BOOKINGS, booking(clinic, start,
                    "client-" + UUID.randomUUID() + "@example.com"));
            assertThat(held.status()).as("%s", held).isEqualTo(201);
        }
        isLimit(postFrom(oneNetwork, BOOKINGS, booking(clinic, BookingFixture.at(day, "15:00"),
                "client-" + UUID.randomUUID() + "@example.com")), "ADDRESS_UNPAID_HOLDS");
        assertThat(postFrom(newLoopbackAddress(), BOOKINGS, booking(clinic, BookingFixture.at(day, "15:00"),
                "client-" + UUID.randomUUID() + "@example.com")).status()).isEqualTo(201);
    }

    private static void connectTheDemoClinicToStripe() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String tenant = admin.get("/api/admin/tenants?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("slug").equals(Sessions.DEMO))
                .findFirst().orElseThrow().getString("id");
        Api.Response set = admin.put("/api/admin/payments/accounts/" + tenant,
                "{\"connectedAccountId\": \"acct_hoarding_" + UUID.randomUUID().toString().substring(0, 8) + "\"}",
                Map.of());
        assertThat(set.status()).as("%s", set).isEqualTo(200);
    }

    /**
     * Posts JSON over a plain HTTP/1.1 connection sent from the given loopback address, so the server sees that
     * address as the client's ({@code java.net.http} cannot choose the address it sends from).
     */
    private static Api.Response postFrom(String sourceAddress, String path, String json) {
        int port = RunningServer.get().base().getPort();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Api.Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, endOfHead + 4, raw.length);
        boolean chunked = headers.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("Transfer-Encoding")
                && e.getValue().stream().anyMatch(v -> v.equalsIgnoreCase("chunked")));
        return new Api.Response(status, headers, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
