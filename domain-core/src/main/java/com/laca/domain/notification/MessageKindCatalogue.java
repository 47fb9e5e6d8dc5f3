package com.laca.domain.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of message one deployment knows, so a stored message's kind code can be read back and two areas can never
 * claim the same code: the standard kinds plus those other areas register (consent requests, certificates).
 */
public final class MessageKindCatalogue {

    private final Map<String, MessageKind> kinds;

    private MessageKindCatalogue(Map<String, MessageKind> kinds) {
        this.kinds = kinds;
    }

    /** The kinds this area defines. */
    public static MessageKindCatalogue standard() {
        return new MessageKindCatalogue(index(MessageKind.STANDARD));
    }

    /**
     * This catalogue with more kinds.
     *
     * @throws IllegalArgumentException if a code is taken already
     */
    public MessageKindCatalogue with(MessageKind... more) {
        List<MessageKind> all = new ArrayList<>(kinds.values());
        all.addAll(List.of(more));
        return new MessageKindCatalogue(index(all));
    }

    /** The kind with this code, if known. */
    public Optional<MessageKind> find(String code) {
        return Optional.ofNullable(kinds.get(code));
    }

    /** Every kind, standard ones first. */
    public List<MessageKind> all() {
        return List.copyOf(kinds.values());
    }

    private static Map<String, MessageKind> index(List<MessageKind> all) {
        Map<String, MessageKind> byCode = new LinkedHashMap<>();
        for (MessageKind kind : all) {
            Objects.requireNonNull(kind, "kind");
            if (byCode.putIfAbsent(kind.code(), kind) != null) {
                throw new IllegalArgumentException("message kind code already taken: " + kind.code());
            }
        }
        return byCode;
    }
}
