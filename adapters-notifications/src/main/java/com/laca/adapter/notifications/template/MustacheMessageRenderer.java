package com.laca.adapter.notifications.template;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.MessageRenderingException;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.domain.notification.ContentVerdict;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.Surface;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders messages with Mustache: the tenant's template when it has one, else the default shipped for the kind and
 * locale; an e-mail's HTML body is set in the clinic-branded layout. Treatment names are replaced per surface by the
 * tenant's content rule before any template sees them, so even a tenant's own template cannot put an injectable's
 * name on a lock screen. Every client e-mail ends with the link that stops the clinic's marketing, whatever the
 * template.
 */
public final class MustacheMessageRenderer implements MessageRenderer {

    /** Longer than three concatenated segments costs three times as much and reads badly. */
    static final int LONGEST_SMS = 459;

    private final SafeMustacheFactory html = SafeMustacheFactory.html();
    private final SafeMustacheFactory text = SafeMustacheFactory.text();
    private final DefaultTemplates defaults;
    private final Mustache layout;
    private final Map<String, Mustache> compiledDefaults = new ConcurrentHashMap<>();

    /** A renderer with the defaults shipped in this module. */
    public MustacheMessageRenderer() {
        this(MustacheMessageRenderer.class.getClassLoader());
    }

    /** A renderer whose defaults (and those other areas ship for their kinds) come from this class loader. */
    public MustacheMessageRenderer(ClassLoader templates) {
        this.defaults = new DefaultTemplates(templates);
        this.layout = html.compileText(defaults.layout(), "layout.html");
    }

    @Override
    public RenderedMessage render(RenderRequest request) {
        MessageTemplate template = request.tenantTemplate().orElseGet(() -> defaultFor(request));
        boolean tenant = request.tenantTemplate().isPresent();
        try {
            return switch (request.channel()) {
                case EMAIL -> {
                    String subject = run(compile(text, template.subject().orElseThrow(), request, "email-subject",
                            tenant), TemplateScope.of(request, Surface.EMAIL_SUBJECT)).strip();
                    Map<String, Object> body = TemplateScope.of(request, Surface.EMAIL_BODY);
                    String plain = run(compile(text, template.text(), request, "email-text", tenant), body)
                            + unsubscribeFooter(request);
                    body.put("content", run(compile(html, template.html().orElseThrow(), request, "email-html",
                            tenant), body));
                    body.put("subject", subject);
                    yield new RenderedMessage.Email(subject.replaceAll("\\s+", " "), plain, run(layout, body));
                }
                case SMS -> new RenderedMessage.Sms(run(compile(text, template.text(), request, "sms", tenant),
                        TemplateScope.of(request, Surface.SMS)).strip());
            };
        } catch (MustacheException | IllegalArgumentException e) {
            throw new MessageRenderingException(request.kind() + " (" + request.channel() + ", "
                    + request.locale().toLanguageTag() + ") cannot be rendered: " + e.getMessage(), e);
        }
    }

    /**
     * The plain-text footer with the unsubscribe link, added after the template (the HTML layout has its own), so no
     * tenant's template can leave it out of a client's e-mail.
     */
    private static String unsubscribeFooter(RenderRequest request) {
        return request.facts().get(Facts.UNSUBSCRIBE_LINK)
                .filter(FactValue.Link.class::isInstance).map(link -> "\n\n--\nNo offers or news from "
                        + request.branding().clinicName() + ", please: " + ((FactValue.Link) link).uri() + "\n")
                .orElse("");
    }

    @Override
    public Preview preview(RenderRequest request) {
        RenderRequest sample = new RenderRequest(request.kind(), request.channel(), request.locale(),
                request.branding(), SampleFacts.forKind(request.kind()), request.contentRule(),
                request.tenantTemplate());
        List<String> problems = new ArrayList<>();
        MessageTemplate template;
        try {
            template = request.tenantTemplate().orElseGet(() -> defaultFor(sample));
            problems.addAll(unknownNames(template, TemplateScope.names(sample.facts())));
        } catch (MustacheException | MessageRenderingException e) {
            problems.add("the template cannot be read: " + e.getMessage());
            return new Preview(Optional.empty(), problems);
        }
        RenderedMessage message;
        try {
            message = render(sample);
        } catch (MessageRenderingException e) {
            problems.add(e.getMessage());
            return new Preview(Optional.empty(), problems);
        }
        if (message instanceof RenderedMessage.Email email) {
            flag(problems, request.contentRule().check(Surface.EMAIL_SUBJECT, email.subject()));
            flag(problems, request.contentRule().check(Surface.EMAIL_BODY, email.text()));
            flag(problems, request.contentRule().check(Surface.EMAIL_BODY, email.html()));
        } else if (message instanceof RenderedMessage.Sms sms) {
            flag(problems, request.contentRule().check(Surface.SMS, sms.text()));
            if (sms.text().length() > LONGEST_SMS) {
                problems.add("the SMS is " + sms.text().length() + " characters; keep it to " + LONGEST_SMS);
            }
        }
        return new Preview(Optional.of(message), problems);
    }

    private MessageTemplate defaultFor(RenderRequest request) {
        return defaults.find(request.kind().code(), request.channel(), request.locale()).orElseThrow(() ->
                new MessageRenderingException("no default " + request.channel() + " template for " + request.kind()));
    }

    private Mustache compile(SafeMustacheFactory factory, String source, RenderRequest request, String part,
                             boolean tenant) {
        String name = request.kind().code() + "/" + part;
        if (tenant) {
            return factory.compileText(source, "tenant/" + name);
        }
        return compiledDefaults.computeIfAbsent(request.locale().toLanguageTag() + "/" + name,
                key -> factory.compileText(source, key));
    }

    private static String run(Mustache template, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }

    private List<String> unknownNames(MessageTemplate template, Set<String> known) {
        Set<String> used = new TreeSet<>();
        collect(text.compileText(template.text(), "check").getCodes(), used);
        template.subject().ifPresent(subject -> collect(text.compileText(subject, "check").getCodes(), used));
        template.html().ifPresent(body -> collect(html.compileText(body, "check").getCodes(), used));
        used.removeAll(known);
        return used.stream().map(name -> "the template uses {{" + name + "}}, which this kind of message does not "
                + "have").toList();
    }

    private static void collect(Code[] codes, Set<String> names) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            boolean named = code instanceof ValueCode || code instanceof IterableCode || code instanceof NotIterableCode;
            if (named && code.getName() != null && !code.getName().equals(".")) {
                names.add(code.getName());
            }
            collect(code.getCodes(), names);
        }
    }

    private static void flag(List<String> problems, ContentVerdict verdict) {
        if (verdict instanceof ContentVerdict.Violation violation) {
            problems.add("the " + violation.surface().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " contains words that must not be sent: " + String.join(", ", violation.terms()));
        }
    }
}
