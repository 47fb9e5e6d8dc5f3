package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a client's edit history: who changed what, when, and for a merge which other client was involved;
 * entries are only ever appended.
 *
 * @param client      whose record changed
 * @param kind        what happened
 * @param changedBy   the staff member, or the client through an unsubscribe link
 * @param changedAt   when
 * @param fields      each field's value before and after
 * @param counterpart for a merge, the other client; empty otherwise
 */
public record ClientChange(ClientId client, ChangeKind kind, ChangeAuthor changedBy, Instant changedAt,
                           List<FieldChange> fields, Optional<ClientId> counterpart) {

    public ClientChange {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        fields = Texts.list(fields, "fields");
        Objects.requireNonNull(counterpart, "counterpart");
        boolean merge = kind == ChangeKind.MERGED_FROM || kind == ChangeKind.MERGED_INTO;
        if (merge != counterpart.isPresent()) {
            throw new IllegalArgumentException("a merge entry names the other client, and only a merge entry does");
        }
        if (kind == ChangeKind.EDITED && fields.isEmpty()) {
            throw new IllegalArgumentException("an edit entry records at least one changed field");
        }
    }

    /** An entry made by a member of staff. */
    public ClientChange(ClientId client, ChangeKind kind, UserId changedBy, Instant changedAt,
                        List<FieldChange> fields, Optional<ClientId> counterpart) {
        this(client, kind, new ChangeAuthor.Staff(changedBy), changedAt, fields, counterpart);
    }

    /** The creation of {@code profile}, with every tracked field as its first value. */
    public static ClientChange created(ClientProfile profile, UserId by, Instant at) {
        List<FieldChange> initial = Arrays.stream(ClientField.values())
                .filter(field -> !field.valueIn(profile).isEmpty())
                .map(field -> new FieldChange(field, "", field.valueIn(profile)))
                .toList();
        return new ClientChange(profile.id(), ChangeKind.CREATED, new ChangeAuthor.Staff(by), at, initial,
                Optional.empty());
    }

    /** The edit from {@code before} to {@code after}; empty when nothing tracked changed, so no blank entry is kept. */
    public static Optional<ClientChange> edited(ClientProfile before, ClientProfile after, UserId by, Instant at) {
        return edited(before, after, new ChangeAuthor.Staff(by), at);
    }

    /** The edit from {@code before} to {@code after} by {@code by}; empty when nothing tracked changed. */
    public static Optional<ClientChange> edited(ClientProfile before, ClientProfile after, ChangeAuthor by,
                                                Instant at) {
        requireSameClient(before, after);
        List<FieldChange> fields = ClientDiff.between(before, after);
        return fields.isEmpty() ? Optional.empty()
                : Optional.of(new ClientChange(after.id(), ChangeKind.EDITED, by, at, fields, Optional.empty()));
    }

    /** The erasure of the fields an erasure request removes at once. */
    public static ClientChange erasedOnRequest(ClientProfile before, ClientProfile after, UserId by, Instant at) {
        requireSameClient(before, after);
        return new ClientChange(after.id(), ChangeKind.ERASED_ON_REQUEST, new ChangeAuthor.Staff(by), at,
                ClientDiff.between(before, after), Optional.empty());
    }

    private static void requireSameClient(ClientProfile before, ClientProfile after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit compares two versions of the same client");
        }
    }
}
