package com.laca.application.notification.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.notification.TreatmentNaming;

/**
 * A clinic's notification choices that are its own to make: today which treatment names its texts and e-mail subjects
 * may show (on a locked phone), since some clinics want none named and the standard hides only injectables.
 */
public interface ManageNotificationSettingsUseCase {

    /** The clinic's current choice. */
    TreatmentNaming treatmentNaming(Caller caller);

    /** Stores the clinic's choice; it applies to every message rendered from now on, waiting ones included. */
    void setTreatmentNaming(Caller caller, TreatmentNaming naming);
}
