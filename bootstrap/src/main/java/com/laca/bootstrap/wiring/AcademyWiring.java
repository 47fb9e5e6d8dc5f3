package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.identity.JpaOneTimeTokenRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.academy.port.in.LearnerProfileQuery;
import com.laca.application.academy.port.in.ManageTraineesUseCase;
import com.laca.application.academy.service.TraineeService;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The academy area: trainee accounts over identity's stores (a trainee signs in like staff, with a STUDENT role),
 * and the academy's services; never booking or payment.
 */
@ApplicationScoped
public class AcademyWiring {

    private TraineeService trainees;

    AcademyWiring() {
        // for the CDI proxy
    }

    @Inject
    AcademyWiring(CurrentEntityManager current, TransactionRunner tx, StaffAccountRepository accounts, Clock clock,
                  @ConfigProperty(name = "laca.auth.one-time-token-hours") int oneTimeHours) {
        trainees = new TraineeService(tx, accounts, new JpaOneTimeTokenRepository(current),
                Duration.ofHours(oneTimeHours), clock);
    }

    @Produces
    ManageTraineesUseCase manageTrainees() {
        return trainees;
    }

    @Produces
    LearnerProfileQuery learnerProfile() {
        return trainees;
    }
}
