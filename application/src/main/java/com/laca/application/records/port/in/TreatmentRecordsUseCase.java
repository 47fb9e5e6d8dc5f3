package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.RecallQuery;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import java.util.List;

/**
 * Treatment records: a practitioner signs one per completed appointment, corrections are new entries, every read is
 * in the access audit, and the owner can ask which clients received a batch.
 */
public interface TreatmentRecordsUseCase {

    /**
     * Signs the original entry of an appointment ({@code clients:manage} and {@code clinical:read}) in the name of the
     * practitioner linked to the caller's staff account.
     *
     * @throws com.laca.application.shared.AccessDeniedException if the caller's account is linked to no practitioner
     * @throws com.laca.application.shared.NotFoundException if the appointment is not in the caller's clinic
     * @throws com.laca.application.shared.ConflictException if the appointment already has a signed entry
     */
    SigningResult sign(Caller caller, SignTreatmentCommand command);

    /**
     * Signs a correction of the entry in force of an appointment's chart, in the name of the caller's practitioner.
     *
     * @throws com.laca.application.shared.AccessDeniedException if the caller's account is linked to no practitioner
     * @throws com.laca.application.shared.NotFoundException if the appointment has no chart
     * @throws com.laca.application.shared.ConflictException if someone else corrected it at the same time
     */
    SigningResult correct(Caller caller, CorrectTreatmentCommand command);

    /**
     * One appointment's chart ({@code clinical:read}), recorded in the access audit with {@code reason}.
     *
     * @throws com.laca.application.shared.NotFoundException if the appointment has no chart
     */
    TreatmentChart chart(Caller caller, AppointmentId appointment, AccessReason reason);

    /**
     * Every chart of a client and the clients merged into it, latest first ({@code clinical:read}); each is recorded
     * in the access audit with {@code reason}.
     */
    List<TreatmentChart> chartsOf(Caller caller, ClientId client, AccessReason reason);

    /**
     * The clients who received a batch between two dates ({@code clinical:read} and the owner's
     * {@code records:audit}); each chart found is recorded in the access audit as a {@code PRODUCT_RECALL} read.
     */
    List<RecallQuery.RecallHit> recall(Caller caller, RecallQuery query);
}
