package com.laca.application.booking.port.in;

/** What front-desk and practitioners do to an appointment during the day. */
public enum AppointmentAction {
    CHECK_IN,
    COMPLETE,
    NO_SHOW,
    CANCEL
}
