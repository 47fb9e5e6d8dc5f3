package com.laca.application.academy.port.in;

/** Who to invite as a trainee of the caller's academy: a STUDENT account of their own in the clinic. */
public record InviteTraineeCommand(String email, String displayName) {
}
