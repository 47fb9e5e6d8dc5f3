package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Merges two records of the same person on staff's explicit instruction: identity and contact fields as chosen,
 * consents and preferences intersected, both histories kept, the absorbed record kept and pointing at the survivor.
 */
public final class ClientMerger {

    private ClientMerger() {
    }

    /** Merges as {@code request} says, recorded as done by {@code by} at {@code at}; refuses with a reason otherwise. */
    public static MergeResult merge(MergeRequest request, UserId by, Instant at) {
        ClientProfile survivor = request.survivor();
        ClientProfile absorbed = request.absorbed();
        if (survivor.id().equals(absorbed.id())) {
            return refused(MergeRefusal.SAME_CLIENT, List.of(), "a client cannot be merged with itself");
        }
        if (!survivor.tenant().equals(absorbed.tenant())) {
            return refused(MergeRefusal.OTHER_TENANT, List.of(), "clients of different clinics are never merged");
        }
        if (survivor.isMerged() || absorbed.isMerged()) {
            return refused(MergeRefusal.ALREADY_MERGED, List.of(),
                    "one of these clients was already merged into another; merge with that one instead");
        }
        List<ClientField> notChoosable = request.choices().keySet().stream()
                .filter(field -> !field.isChosenOnMerge()).sorted().toList();
        if (!notChoosable.isEmpty()) {
            return refused(MergeRefusal.NOT_A_CHOICE, notChoosable,
                    "consents, preferences and status are never chosen on a merge; only identity and contact fields");
        }
        List<ClientField> undecided = Arrays.stream(ClientField.values())
                .filter(ClientField::isChosenOnMerge)
                .filter(field -> !field.valueIn(survivor).equals(field.valueIn(absorbed)))
                .filter(field -> !request.choices().containsKey(field))
                .toList();
        if (!undecided.isEmpty()) {
            return refused(MergeRefusal.UNDECIDED_FIELDS, undecided,
                    "the two records disagree on these fields: say which record's value to keep for each");
        }
        if (pick(request, ClientField.EMAIL).email().isEmpty() && pick(request, ClientField.PHONE).phone().isEmpty()) {
            return refused(MergeRefusal.NO_CONTACT_LEFT, List.of(ClientField.EMAIL, ClientField.PHONE),
                    "keep at least one e-mail address or phone number");
        }
        ClientProfile merged = combine(request);
        ClientProfile retired = absorbed.mergedInto(survivor.id());
        ClientChange survivorEntry = new ClientChange(survivor.id(), ChangeKind.MERGED_FROM, by, at,
                ClientDiff.between(survivor, merged), Optional.of(absorbed.id()));
        ClientChange absorbedEntry = new ClientChange(absorbed.id(), ChangeKind.MERGED_INTO, by, at,
                ClientDiff.between(absorbed, retired), Optional.of(survivor.id()));
        return new MergeResult.Merged(merged, retired, survivorEntry, absorbedEntry);
    }

    private static ClientProfile combine(MergeRequest request) {
        ClientProfile survivor = request.survivor();
        ClientProfile absorbed = request.absorbed();
        ClientProfile first = pick(request, ClientField.FIRST_NAME);
        ClientProfile last = pick(request, ClientField.LAST_NAME);
        ClientProfile born = pick(request, ClientField.DATE_OF_BIRTH);
        ClientProfile mail = pick(request, ClientField.EMAIL);
        ClientProfile phone = pick(request, ClientField.PHONE);
        List<ClientId> duplicates = new ArrayList<>(survivor.possibleDuplicates());
        duplicates.addAll(absorbed.possibleDuplicates());
        duplicates.remove(absorbed.id());
        ClientStatus status = survivor.status() == ClientStatus.ACTIVE || absorbed.status() == ClientStatus.ACTIVE
                ? ClientStatus.ACTIVE : ClientStatus.ARCHIVED;
        return new ClientProfile(survivor.id(), survivor.tenant(), first.firstName(), last.lastName(),
                born.dateOfBirth(), mail.email(), phone.phone(), survivor.contact().intersect(absorbed.contact()),
                survivor.marketing().intersect(absorbed.marketing()), status, Optional.empty(), duplicates);
    }

    private static ClientProfile pick(MergeRequest request, ClientField field) {
        MergeSide side = request.choices().getOrDefault(field, MergeSide.SURVIVOR);
        return side == MergeSide.SURVIVOR ? request.survivor() : request.absorbed();
    }

    private static MergeResult refused(MergeRefusal reason, List<ClientField> fields, String message) {
        return new MergeResult.Refused(reason, fields, message);
    }
}
