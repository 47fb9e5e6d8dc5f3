package com.laca.adapter.notifications.template;

import com.laca.application.notification.port.out.RenderRequest;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.Surface;
import java.math.BigDecimal;
import java.net.URI;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a message's facts and the clinic's branding into the nested maps a template reads, formatted for the reader's
 * locale and the surface being rendered: moments in the location's zone ({@code {{appointment.start}}}, with
 * {@code …Short}, {@code …Date} and {@code …Time} variants), money as the currency writes it, and the treatment's name
 * replaced by a neutral label wherever the tenant's content rule hides it.
 */
final class TemplateScope {

    /** The root name the branding is given under; facts may not use it. */
    static final String CLINIC = "clinic";

    private static final String[] MOMENT_VARIANTS = {"", "Short", "Date", "Time"};

    private TemplateScope() {
    }

    /** The scope for one surface of the message. */
    static Map<String, Object> of(RenderRequest request, Surface surface) {
        Map<String, Object> root = new LinkedHashMap<>();
        Locale locale = request.locale();
        MessageFacts facts = request.facts();
        for (Map.Entry<String, FactValue> fact : facts.asMap().entrySet()) {
            String key = fact.getKey();
            if (key.equals(CLINIC) || key.startsWith(CLINIC + ".")) {
                throw new IllegalArgumentException("the fact name " + key + " is reserved for the branding");
            }
            if (fact.getValue() instanceof FactValue.Moment moment) {
                ZonedDateTime local = moment.instant().atZone(moment.zone());
                put(root, key, local.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", locale)));
                put(root, key + "Short", local.format(DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale)));
                put(root, key + "Date", local.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)));
                put(root, key + "Time", local.format(DateTimeFormatter.ofPattern("HH:mm", locale)));
            } else {
                put(root, key, text(fact.getValue(), locale));
            }
        }
        facts.text(Facts.TREATMENT_NAME).ifPresent(name -> put(root, Facts.TREATMENT_NAME,
                treatmentLabel(request.contentRule(), surface, facts.text(Facts.TREATMENT_CATEGORY), name)));
        root.put(CLINIC, branding(request.branding()));
        return root;
    }

    /** Every name a template may use with these facts: each fact (moments with their variants) and the branding. */
    static Set<String> names(MessageFacts facts) {
        Set<String> names = new TreeSet<>();
        facts.asMap().forEach((key, value) -> {
            if (value instanceof FactValue.Moment) {
                for (String variant : MOMENT_VARIANTS) {
                    names.add(key + variant);
                }
            } else {
                names.add(key);
            }
        });
        for (String part : new String[] {"name", "logo", "primaryColour", "accentColour", "address", "phone"}) {
            names.add(CLINIC + "." + part);
        }
        return names;
    }

    /**
     * The treatment's name where the content rule lets it be named on this surface; a category that cannot be read
     * counts as hidden, so an unknown treatment is never named on a lock screen by mistake.
     */
    private static String treatmentLabel(ContentRule rule, Surface surface, Optional<String> category, String name) {
        try {
            return rule.treatmentLabel(surface, TreatmentCategory.valueOf(category.orElseThrow()), name);
        } catch (RuntimeException unreadable) {
            boolean hidesAny = rule.hiddenCategories().stream().anyMatch(hidden -> !rule.mayName(surface, hidden));
            return hidesAny ? ContentRule.NEUTRAL_LABEL : name;
        }
    }

    private static Map<String, Object> branding(Branding branding) {
        Map<String, Object> clinic = new LinkedHashMap<>();
        clinic.put("name", branding.clinicName());
        branding.logo().map(URI::toString).ifPresent(logo -> clinic.put("logo", logo));
        clinic.put("primaryColour", branding.primaryColour());
        clinic.put("accentColour", branding.accentColour());
        clinic.put("address", branding.address());
        branding.phone().ifPresent(phone -> clinic.put("phone", phone));
        return clinic;
    }

    private static String text(FactValue value, Locale locale) {
        if (value instanceof FactValue.Text text) {
            return text.value();
        }
        if (value instanceof FactValue.Link link) {
            return link.uri().toString();
        }
        FactValue.Amount amount = (FactValue.Amount) value;
        Currency currency = Currency.getInstance(amount.money().currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        format.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        return format.format(BigDecimal.valueOf(amount.money().minorUnits())
                .movePointLeft(Math.max(0, currency.getDefaultFractionDigits())));
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String dottedKey, String value) {
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], part -> new LinkedHashMap<String, Object>());
        }
        node.put(parts[parts.length - 1], value);
    }
}
