package com.laca.application.notification.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.notification.TreatmentNaming;

/**
 * A clinic's notification choices that are its own to make: which treatment names its texts and e-mail subjects
 * may show (on a locked phone), since some clinics want none named and the standard hides only injectables; and when
 * its messages go (the undo delay for its own changes, its reminder times), since clinics differ in both.
 */
public interface ManageNotificationSettingsUseCase {

    /** The clinic's current choice. */
    TreatmentNaming treatmentNaming(Caller caller);

    /** Stores the clinic's choice; it applies to every message rendered from now on, waiting ones included. */
    void setTreatmentNaming(Caller caller, TreatmentNaming naming);

    /** The clinic's send delay for its own changes and its reminder times (the standard until it chooses). */
    NotificationTiming timing(Caller caller);

    /**
     * Stores the clinic's timing: the delay applies to messages queued from now on; every reminder still waiting is
     * withdrawn and its appointment's reminders planned again by the new times, so the rules apply at once.
     *
     * @throws IllegalArgumentException when a delay or a reminder time is out of range, or two reminders coincide
     */
    NotificationTiming setTiming(Caller caller, NotificationTiming timing);
}
