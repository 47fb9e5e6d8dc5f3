package com.laca.application.records.port.out;

import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's clinical photos' descriptions (the bytes are in the document store), append-only, because a
 * photo is part of the clinical record.
 */
public interface ClinicalPhotoRepository {

    /** Stores a new photo's description. */
    void add(ClinicalPhoto photo);

    /** The photo, if it exists in the current tenant. */
    Optional<ClinicalPhoto> find(PhotoId photo);

    /** The photos of one appointment's treatment record, oldest first. */
    List<ClinicalPhoto> ofAppointment(AppointmentId appointment);

    /** The photos of these clients, oldest first, read at once: what one person's record holds, merged ones too. */
    List<ClinicalPhoto> ofClients(Collection<ClientId> clients);
}
