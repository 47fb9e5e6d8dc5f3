package com.laca.benchmarks;

import com.laca.adapter.notifications.template.MustacheMessageRenderer;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ContentVerdict;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.PlannedReminder;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.Surface;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the CPU work a dispatcher does per message before the network: rendering a confirmation e-mail (subject,
 * text, HTML body in the branded layout) or a reminder SMS, checking it against the content rule, and planning an
 * appointment's reminders; so the second half's dispatch throughput can be read against what rendering costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NotificationBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant START = Instant.parse("2026-12-01T10:30:00Z");

    private final MustacheMessageRenderer renderer = new MustacheMessageRenderer();
    private final ContentRule rule = ContentRule.standard();
    private final ReminderSchedule reminders = ReminderSchedule.standard();
    private RenderRequest confirmationEmail;
    private RenderRequest reminderSms;
    private RenderedMessage.Email renderedEmail;

    @Setup
    public void setUp() {
        Branding branding = new Branding("Demo Clinic", Optional.of(URI.create("https://cdn.example/logo.png")),
                "#123456", "#C0FFEE", "41 Harley Street, London W1G 8QR", Optional.of("020 7946 0000"));
        MessageFacts facts = MessageFacts.builder()
                .text(Facts.CLIENT_FIRST_NAME, "Emma")
                .moment(Facts.APPOINTMENT_START, START, LONDON)
                .text(Facts.TREATMENT_NAME, "Anti-wrinkle toxin, three areas")
                .text(Facts.TREATMENT_CATEGORY, "ANTI_WRINKLE")
                .text(Facts.PRACTITIONER_NAME, "Dr Priya Shah")
                .text(Facts.LOCATION_NAME, "Harley Street")
                .link(Facts.MANAGE_LINK, URI.create("https://book.example/manage/0123456789abcdef"))
                .link(Facts.PREVISIT_LINK, URI.create("https://book.example/pre-visit/0123456789abcdef"))
                .build();
        confirmationEmail = new RenderRequest(MessageKind.BOOKING_CONFIRMED, Channel.EMAIL, Locale.UK, branding, facts,
                rule, Optional.empty());
        reminderSms = new RenderRequest(MessageKind.APPOINTMENT_REMINDER, Channel.SMS, Locale.UK, branding, facts,
                rule, Optional.empty());
        renderedEmail = (RenderedMessage.Email) renderer.render(confirmationEmail);
    }

    @Benchmark
    public RenderedMessage renderConfirmationEmail() {
        return renderer.render(confirmationEmail);
    }

    @Benchmark
    public RenderedMessage renderReminderSms() {
        return renderer.render(reminderSms);
    }

    @Benchmark
    public ContentVerdict checkEmailBody() {
        return rule.check(Surface.EMAIL_BODY, renderedEmail.html());
    }

    @Benchmark
    public List<PlannedReminder> planReminders() {
        return reminders.plan(START, LONDON, START.minusSeconds(14 * 24 * 3600));
    }
}
