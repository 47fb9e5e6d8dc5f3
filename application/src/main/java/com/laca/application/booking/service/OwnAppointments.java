package com.laca.application.booking.service;

import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which appointments a caller may act on: everyone's with {@code APPOINTMENTS_MANAGE_ANY} (desk, managers, owner),
 * otherwise only those of the practitioner record their staff account is linked to, so a practitioner cannot check in,
 * cancel or move a colleague's client; and whose calendar a caller sees by default. Runs inside the tenant's
 * transaction, reading the link afresh, so a changed link counts at once.
 */
public final class OwnAppointments {

    private final Function<UserId, Optional<PractitionerId>> linkOf;

    private OwnAppointments(Function<UserId, Optional<PractitionerId>> linkOf) {
        this.linkOf = linkOf;
    }

    /** Links read from the staff accounts. */
    public static OwnAppointments linkedBy(StaffAccountRepository staff) {
        Objects.requireNonNull(staff, "staff");
        return new OwnAppointments(user -> staff.findById(user).flatMap(StaffAccount::linkedPractitioner));
    }

    /** No account is linked: callers without {@code APPOINTMENTS_MANAGE_ANY} act on no appointment. */
    public static OwnAppointments unlinked() {
        return new OwnAppointments(user -> Optional.empty());
    }

    /** Throws {@link AccessDeniedException} unless the caller may act on this appointment. */
    void requireMayAct(Caller caller, AppointmentDetails appointment) {
        if (mayActOnAny(caller)) {
            return;
        }
        if (linkOf.apply(caller.userId()).filter(appointment.practitioner()::equals).isEmpty()) {
            throw new AccessDeniedException(Permission.APPOINTMENTS_MANAGE_ANY);
        }
    }

    /** The practitioner whose calendar the caller sees when they name none: their own, unless they manage any. */
    Optional<PractitionerId> defaultPractitioner(Caller caller) {
        return mayActOnAny(caller) ? Optional.empty() : linkOf.apply(caller.userId());
    }

    private static boolean mayActOnAny(Caller caller) {
        return PermissionMatrix.allowsAny(caller.roles(), Permission.APPOINTMENTS_MANAGE_ANY);
    }
}
