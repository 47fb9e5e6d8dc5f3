package com.laca.application.clinic.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.PageRequest;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A clinic's treatment menu")
class TreatmentServiceTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final TreatmentService treatments = new TreatmentService(ports.tx(), ports.treatments(), ports.tenants(),
            ports.referenceDataVersion());

    private Caller ownerOfClinicIn(String currency) {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("dublin-" + UUID.randomUUID()),
                "Dublin Aesthetics", ZoneId.of("Europe/Dublin"), currency, TenantStatus.ACTIVE, 0);
        ports.tx().asPlatform(() -> {
            ports.tenants().insert(clinic);
            return null;
        });
        return new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
    }

    private static TreatmentDraft peel(DepositDraft deposit) {
        return new TreatmentDraft("Chemical peel", TreatmentCategory.CHEMICAL_PEEL, null, Duration.ofMinutes(45),
                Duration.ZERO, Duration.ofMinutes(10), 12_000, null, Set.of(), BookingWindow.DEFAULT, deposit, true);
    }

    @Test
    @DisplayName("a clinic trading in euros asks for a fixed deposit in euros, like its price")
    void fixedDepositInTheClinicsCurrency() {
        Caller owner = ownerOfClinicIn("EUR");

        Treatment created = treatments.create(owner, peel(DepositDraft.fixed(3_000)));

        assertThat(created.price()).isEqualTo(Money.of(12_000, "EUR"));
        assertThat(created.depositPolicy()).isEqualTo(DepositPolicy.fixed(Money.of(3_000, "EUR")));
        assertThat(created.deposit()).isEqualTo(Money.of(3_000, "EUR"));
    }

    @Test
    @DisplayName("a percentage deposit's floor and ceiling are read in the clinic's currency; no deposit stays none")
    void percentageAndNoDepositInTheClinicsCurrency() {
        Caller owner = ownerOfClinicIn("USD");

        Treatment percentage = treatments.create(owner,
                peel(DepositDraft.percentage(2_500, OptionalLong.of(1_000), OptionalLong.of(2_000))));
        Treatment none = treatments.create(owner, peel(DepositDraft.none()));

        assertThat(percentage.depositPolicy()).isEqualTo(DepositPolicy.percentage(2_500)
                .withMinimum(Money.of(1_000, "USD")).withMaximum(Money.of(2_000, "USD")));
        assertThat(percentage.deposit()).isEqualTo(Money.of(2_000, "USD"));
        assertThat(none.deposit()).isEqualTo(Money.zero("USD"));
    }

    @Test
    @DisplayName("a price or a deposit amount beyond a trillion minor units is refused, naming the field, and nothing "
            + "is stored")
    void amountsAreBounded() {
        Caller owner = ownerOfClinicIn("GBP");
        long tooMuch = TreatmentService.MAX_AMOUNT_MINOR_UNITS + 1;
        TreatmentDraft pricey = new TreatmentDraft("Gold facial", TreatmentCategory.SKIN, null, Duration.ofMinutes(45),
                Duration.ZERO, Duration.ZERO, tooMuch, null, Set.of(), BookingWindow.DEFAULT, DepositDraft.none(), true);

        assertThat(catchThrowableOfType(() -> treatments.create(owner, pricey), InvalidInputException.class)
                .fieldErrors()).containsOnlyKeys("priceMinorUnits");
        assertThat(catchThrowableOfType(() -> treatments.create(owner, peel(DepositDraft.fixed(tooMuch))),
                InvalidInputException.class).fieldErrors()).containsOnlyKeys("deposit.amountMinorUnits");
        assertThat(catchThrowableOfType(() -> treatments.create(owner, peel(DepositDraft.percentage(2_500,
                OptionalLong.of(tooMuch), OptionalLong.empty()))), InvalidInputException.class).fieldErrors())
                .containsOnlyKeys("deposit.minimumMinorUnits");
        assertThat(catchThrowableOfType(() -> treatments.create(owner, peel(DepositDraft.percentage(2_500,
                OptionalLong.empty(), OptionalLong.of(tooMuch)))), InvalidInputException.class).fieldErrors())
                .containsOnlyKeys("deposit.maximumMinorUnits");
        assertThat(treatments.list(owner, new PageRequest(0, 20)).total()).isZero();
        assertThat(treatments.create(owner, peel(DepositDraft.fixed(TreatmentService.MAX_AMOUNT_MINOR_UNITS)))
                .deposit()).isEqualTo(Money.of(12_000, "GBP"));
    }
}
