package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.tenancy.Tenant;
import java.util.Optional;
import java.util.OptionalLong;

/** Manages the treatment menu, priced in the tenant's own currency. */
public final class TreatmentService extends ClinicRecordService<Treatment, TreatmentId, TreatmentDraft>
        implements ManageTreatmentsUseCase {

    /**
     * The largest price or deposit amount a treatment may state, in minor units (ten billion pounds): far above any
     * treatment, yet low enough that no sum of a ledger's amounts can overflow.
     */
    public static final long MAX_AMOUNT_MINOR_UNITS = 1_000_000_000_000L;

    private final TransactionRunner tx;
    private final TreatmentRepository treatments;

    public TreatmentService(TransactionRunner tx, TreatmentRepository treatments, TenantRepository tenants,
                            ReferenceDataVersion referenceData) {
        super(tx, treatments, new ClinicRecordKind<>() {
            @Override
            public String name() {
                return "treatment";
            }

            @Override
            public TreatmentId newId() {
                return TreatmentId.random();
            }

            @Override
            public Treatment build(TenantId tenant, TreatmentId id, TreatmentDraft d, long version) {
                String currency = tenants.findById(tenant).map(Tenant::currency).orElseThrow();
                requireBounded(d);
                return new Treatment(id, d.name(), d.category(), d.description(), d.duration(), d.bufferBefore(),
                        d.bufferAfter(), Money.of(d.priceMinorUnits(), currency), d.requiredQualification(),
                        d.requiredResourceTypes(), d.bookingWindow(), depositPolicy(d.deposit(), currency), d.active(),
                        version);
            }
        }, referenceData);
        this.tx = tx;
        this.treatments = treatments;
    }

    /** Refuses an amount no treatment could cost, before it is stored and summed in ledgers. */
    private static void requireBounded(TreatmentDraft draft) {
        bounded(draft.priceMinorUnits(), "priceMinorUnits");
        DepositDraft deposit = draft.deposit();
        if (deposit.kind() == DepositDraft.Kind.FIXED) {
            bounded(deposit.amountMinorUnits(), "deposit.amountMinorUnits");
        }
        deposit.minimumMinorUnits().ifPresent(amount -> bounded(amount, "deposit.minimumMinorUnits"));
        deposit.maximumMinorUnits().ifPresent(amount -> bounded(amount, "deposit.maximumMinorUnits"));
    }

    private static void bounded(long minorUnits, String field) {
        if (minorUnits > MAX_AMOUNT_MINOR_UNITS) {
            throw new InvalidInputException(field, "must be at most " + MAX_AMOUNT_MINOR_UNITS + " minor units");
        }
    }

    /** The deposit rule in the tenant's currency, so a clinic trading in any currency can ask for a deposit. */
    private static DepositPolicy depositPolicy(DepositDraft deposit, String currency) {
        return switch (deposit.kind()) {
            case NONE -> DepositPolicy.none();
            case FIXED -> DepositPolicy.fixed(Money.of(deposit.amountMinorUnits(), currency));
            case PERCENTAGE -> new DepositPolicy.PercentageDeposit(deposit.basisPoints(),
                    money(deposit.minimumMinorUnits(), currency), money(deposit.maximumMinorUnits(), currency));
        };
    }

    private static Optional<Money> money(OptionalLong minorUnits, String currency) {
        return minorUnits.isPresent() ? Optional.of(Money.of(minorUnits.getAsLong(), currency)) : Optional.empty();
    }
}
