package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.shared.AppointmentId;
import java.io.InputStream;
import java.util.List;

/**
 * Before and after photos on a treatment record: uploaded with every piece of metadata (GPS included) stripped, seen
 * only with {@code clinical:read}, and every download written to the access audit.
 */
public interface ClinicalPhotosUseCase {

    /**
     * Processes and stores a photo for an appointment that has a signed treatment record ({@code clients:manage} and
     * {@code clinical:read}); the upload is read no further than the size limit.
     *
     * @throws com.laca.application.shared.NotFoundException if the appointment has no treatment record
     */
    PhotoUpload upload(Caller caller, AppointmentId appointment, PhotoKind kind, InputStream content);

    /**
     * The photos of an appointment's record, described (no image bytes; {@code clinical:read}); each photo described
     * is written to the access audit with the reason given, because even its description (kind, date) is clinical.
     */
    List<ClinicalPhoto> list(Caller caller, AppointmentId appointment, AccessReason reason);

    /**
     * One photo's bytes ({@code clinical:read}), recorded in the access audit with {@code reason}.
     *
     * @throws com.laca.application.shared.NotFoundException if there is no such photo in the caller's clinic
     */
    PhotoContent download(Caller caller, PhotoId photo, AccessReason reason);
}
