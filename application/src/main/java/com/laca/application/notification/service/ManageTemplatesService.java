package com.laca.application.notification.service;

import com.laca.application.notification.port.in.ManageTemplatesUseCase;
import com.laca.application.notification.port.in.TemplatePreview;
import com.laca.application.notification.port.in.TemplateSlot;
import com.laca.application.notification.port.in.TemplateText;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.MessageTemplateRepository;
import com.laca.application.notification.port.out.MessageTemplateRepository.StoredTemplate;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.application.notification.port.out.TemplateKey;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A clinic's own templates: previewed with the renderer's sample data under the clinic's branding and content rule,
 * stored only when the preview finds nothing wrong, read by the dispatcher at send time.
 */
public final class ManageTemplatesService implements ManageTemplatesUseCase {

    private final TransactionRunner tx;
    private final MessageTemplateRepository templates;
    private final NotificationSettingsRepository settings;
    private final MessageRenderer renderer;
    private final MessageKindCatalogue catalogue;

    public ManageTemplatesService(TransactionRunner tx, MessageTemplateRepository templates,
                                  NotificationSettingsRepository settings, MessageRenderer renderer,
                                  MessageKindCatalogue catalogue) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public List<TemplateEntry> list(Caller caller) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            Map<TemplateKey, MessageTemplate> own = templates.list().stream()
                    .collect(Collectors.toMap(StoredTemplate::key, StoredTemplate::template, (a, b) -> a));
            Set<Locale> locales = new LinkedHashSet<>();
            locales.add(settings.current().locale());
            own.keySet().forEach(key -> locales.add(key.locale()));
            List<TemplateEntry> entries = new ArrayList<>();
            for (Locale locale : locales) {
                for (MessageKind kind : catalogue.all()) {
                    for (Channel channel : Channel.values()) {
                        if (kind.allows(channel)) {
                            TemplateKey key = new TemplateKey(kind.code(), channel, locale);
                            entries.add(new TemplateEntry(slot(key), Optional.ofNullable(own.get(key)).map(
                                    ManageTemplatesService::text)));
                        }
                    }
                }
            }
            return entries.stream().sorted(Comparator.comparing((TemplateEntry e) -> e.key().locale().toLanguageTag())
                    .thenComparing(e -> e.key().kind()).thenComparing(e -> e.key().channel())).toList();
        });
    }

    @Override
    public TemplatePreview preview(Caller caller, TemplateSlot slot, Optional<TemplateText> draft) {
        caller.require(Permission.SETTINGS_MANAGE);
        TemplateKey key = key(slot);
        MessageKind kind = kindOf(key);
        Optional<MessageTemplate> template = draft.map(text -> template(text, key));
        return tx.inTenant(caller.tenantId(), () -> shown(renderer.preview(request(kind, key,
                template.isPresent() ? template : templates.find(key), settings.current()))));
    }

    @Override
    public SaveTemplateResult save(Caller caller, TemplateSlot slot, TemplateText text) {
        caller.require(Permission.SETTINGS_MANAGE);
        TemplateKey key = key(slot);
        MessageKind kind = kindOf(key);
        MessageTemplate template = template(text, key);
        return tx.inTenant(caller.tenantId(), () -> {
            Preview preview = renderer.preview(request(kind, key, Optional.of(template), settings.current()));
            if (!preview.problems().isEmpty()) {
                return new SaveTemplateResult.Refused(preview.problems());
            }
            templates.save(new StoredTemplate(key, template));
            return new SaveTemplateResult.Saved(shown(preview));
        });
    }

    @Override
    public void reset(Caller caller, TemplateSlot slot) {
        caller.require(Permission.SETTINGS_MANAGE);
        TemplateKey key = key(slot);
        kindOf(key);
        boolean deleted = tx.inTenant(caller.tenantId(), () -> templates.delete(key));
        if (!deleted) {
            throw new NotFoundException("template", key.kind() + "/" + key.channel() + "/"
                    + key.locale().toLanguageTag());
        }
    }

    private static TemplateKey key(TemplateSlot slot) {
        return new TemplateKey(slot.kind(), slot.channel(), slot.locale());
    }

    private static TemplateSlot slot(TemplateKey key) {
        return new TemplateSlot(key.kind(), key.channel(), key.locale());
    }

    private static TemplateText text(MessageTemplate template) {
        return new TemplateText(template.channel(), template.subject(), template.text(), template.html());
    }

    /** The stored template's limits apply to what the editor sent; a breach is invalid input, not a crash. */
    private static MessageTemplate template(TemplateText text, TemplateKey key) {
        if (text.channel() != key.channel()) {
            throw new InvalidInputException("channel", "the template is for " + text.channel());
        }
        try {
            return new MessageTemplate(text.channel(), text.subject(), text.text(), text.html());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("template", e.getMessage());
        }
    }

    private static TemplatePreview shown(Preview preview) {
        RenderedMessage message = preview.message().orElse(null);
        if (message instanceof RenderedMessage.Email email) {
            return new TemplatePreview(Optional.of(email.subject()), Optional.of(email.text()),
                    Optional.of(email.html()), preview.problems());
        }
        if (message instanceof RenderedMessage.Sms sms) {
            return new TemplatePreview(Optional.empty(), Optional.of(sms.text()), Optional.empty(),
                    preview.problems());
        }
        return new TemplatePreview(Optional.empty(), Optional.empty(), Optional.empty(), preview.problems());
    }

    private MessageKind kindOf(TemplateKey key) {
        MessageKind kind = catalogue.find(key.kind())
                .orElseThrow(() -> new InvalidInputException("kind", "no kind of message is called " + key.kind()));
        if (!kind.allows(key.channel())) {
            throw new InvalidInputException("channel", key.kind() + " is never sent by " + key.channel());
        }
        return kind;
    }

    private static RenderRequest request(MessageKind kind, TemplateKey key, Optional<MessageTemplate> template,
                                         NotificationSettings tenant) {
        return new RenderRequest(kind, key.channel(), key.locale(), tenant.branding(), MessageFacts.empty(),
                tenant.contentRule(), template);
    }
}
