package com.laca.domain.records;

import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.identity.Role;
import java.util.Collection;
import java.util.List;

/**
 * Which notes a reader may see, decided from their roles by the permission matrix, so no answer carries a clinical
 * note to the front desk or finance.
 */
public final class NoteVisibility {

    private NoteVisibility() {
    }

    /** Whether a reader holding {@code roles} may read notes of {@code kind}. */
    public static boolean mayRead(Collection<Role> roles, NoteKind kind) {
        return PermissionMatrix.allowsAny(roles, kind.readPermission());
    }

    /** The notes among {@code notes} that a reader holding {@code roles} may read, in the same order. */
    public static List<StaffNote> visibleTo(Collection<Role> roles, List<StaffNote> notes) {
        return notes.stream().filter(note -> mayRead(roles, note.kind())).toList();
    }
}
