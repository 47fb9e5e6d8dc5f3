package com.laca.domain.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A client's edit history in time order, able to show two merged records' histories side by side, so a merge never
 * loses who changed what on either record.
 *
 * @param changes the entries, oldest first
 */
public record ClientHistory(List<ClientChange> changes) {

    private static final Comparator<ClientChange> BY_TIME = Comparator.comparing(ClientChange::changedAt);

    public ClientHistory {
        changes = Texts.list(changes, "changes").stream().sorted(BY_TIME).toList();
    }

    /** This history with {@code change} appended; a change older than the latest entry is refused. */
    public ClientHistory append(ClientChange change) {
        if (!changes.isEmpty() && change.changedAt().isBefore(changes.get(changes.size() - 1).changedAt())) {
            throw new IllegalArgumentException("history is append-only: an entry cannot predate the latest one");
        }
        List<ClientChange> all = new ArrayList<>(changes);
        all.add(change);
        return new ClientHistory(all);
    }

    /** Both histories interleaved in time order; each entry still names the client it happened to. */
    public ClientHistory combinedWith(ClientHistory other) {
        List<ClientChange> all = new ArrayList<>(changes);
        all.addAll(other.changes);
        return new ClientHistory(all);
    }
}
