package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.directTransactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.records.port.in.CorrectTreatmentCommand;
import com.laca.application.records.port.in.SignTreatmentCommand;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.Dose;
import com.laca.domain.records.DoseUnit;
import com.laca.domain.records.InjectionSite;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.RecallQuery;
import com.laca.domain.records.Side;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.TreatedAppointment;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Treatment records: signed once per appointment, every read audited, recall for the owner only")
class TreatmentRecordsServiceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final PractitionerId HART = PractitionerId.random();
    private static final LocalDate TREATED = LocalDate.of(2026, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final Caller OWNER = new Caller(UserId.random(), CLINIC, Set.of(Role.OWNER));
    private static final PractitionerId JONES = PractitionerId.random();
    private static final Caller NURSE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Caller COLLEAGUE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Caller UNLINKED = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Map<UserId, StaffAccount> ACCOUNTS = Map.of(
            NURSE.userId(), account(NURSE, HART), COLLEAGUE.userId(), account(COLLEAGUE, JONES),
            UNLINKED.userId(), account(UNLINKED, null), OWNER.userId(), account(OWNER, null));

    private final Map<AppointmentId, TreatedAppointment> appointments = new LinkedHashMap<>();
    private final List<TreatmentRecord> stored = new ArrayList<>();
    private final List<AccessAuditEntry> audit = new ArrayList<>();
    private final TreatmentRecordsService service = new TreatmentRecordsService(directTransactions(),
            unused(ClientProfileRepository.class), new Appointments(), new Records(), new Audit(), new Accounts(), CLOCK);

    private static StaffAccount account(Caller caller, PractitionerId practitioner) {
        return new StaffAccount(caller.userId(), CLINIC, new EmailAddress(caller.userId() + "@clinic.test"), "Staff",
                caller.roles(), null, true, practitioner);
    }

    private AppointmentId completed(AppointmentStatus status) {
        AppointmentId id = AppointmentId.random();
        appointments.put(id, new TreatedAppointment(id, ClientId.random(), HART, status,
                TreatmentCategory.ANTI_WRINKLE, TREATED));
        return id;
    }

    private static TreatmentDetails toxin(String lot) {
        return new TreatmentDetails(List.of(new ProductUse("Bocouture 50U", "Merz", new LotNumber(lot),
                TREATED.plusMonths(6), List.of(new SiteDose(InjectionSite.GLABELLA, Side.WHOLE,
                        Dose.of("20", DoseUnit.UNITS))))), Optional.of("30G needle"), Optional.of("no exercise"),
                List.of(), Optional.empty());
    }

    @Test
    @DisplayName("the treating practitioner signs once; a second original is a conflict, a refusal stores nothing")
    void signsOnce() {
        AppointmentId appointment = completed(AppointmentStatus.COMPLETED);
        AppointmentId upcoming = completed(AppointmentStatus.CONFIRMED);

        assertThat(service.sign(NURSE, new SignTreatmentCommand(appointment, toxin("C1"))))
                .isInstanceOf(SigningResult.Signed.class);
        assertThatThrownBy(() -> service.sign(NURSE, new SignTreatmentCommand(appointment, toxin("C1"))))
                .isInstanceOf(ConflictException.class);
        assertThat(service.sign(NURSE, new SignTreatmentCommand(upcoming, toxin("C1"))))
                .isInstanceOf(SigningResult.Refused.class);
        assertThat(stored).hasSize(1);
    }

    @Test
    @DisplayName("the signer is the practitioner linked to the caller's own account: a colleague's account signs as "
            + "the colleague (refused: not who treated), an unlinked account or the owner cannot sign at all")
    void signerIsTheCallersPractitioner() {
        AppointmentId appointment = completed(AppointmentStatus.COMPLETED);

        SigningResult asColleague = service.sign(COLLEAGUE, new SignTreatmentCommand(appointment, toxin("C1")));
        assertThat(asColleague).isInstanceOfSatisfying(SigningResult.Refused.class, refused -> assertThat(
                refused.problems()).extracting(problem -> problem.code().name())
                .containsExactly("NOT_THE_TREATING_PRACTITIONER"));
        assertThatThrownBy(() -> service.sign(UNLINKED, new SignTreatmentCommand(appointment, toxin("C1"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not linked to a practitioner");
        assertThatThrownBy(() -> service.sign(OWNER, new SignTreatmentCommand(appointment, toxin("C1"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored).isEmpty();

        SigningResult signed = service.sign(NURSE, new SignTreatmentCommand(appointment, toxin("C1")));
        assertThat(signed).isInstanceOfSatisfying(SigningResult.Signed.class,
                done -> assertThat(done.record().signature().by()).isEqualTo(HART));
        assertThatThrownBy(() -> service.correct(UNLINKED, new CorrectTreatmentCommand(appointment, toxin("C2"),
                "batch mistyped"))).isInstanceOf(AccessDeniedException.class);
        SigningResult corrected = service.correct(COLLEAGUE, new CorrectTreatmentCommand(appointment, toxin("C2"),
                "batch mistyped"));
        assertThat(corrected).isInstanceOfSatisfying(SigningResult.Signed.class,
                done -> assertThat(done.record().signature().by()).isEqualTo(JONES));
    }

    @Test
    @DisplayName("reading a chart writes one access-audit entry naming the entry in force and the reason")
    void readIsAudited() {
        AppointmentId appointment = completed(AppointmentStatus.COMPLETED);
        service.sign(NURSE, new SignTreatmentCommand(appointment, toxin("C1")));

        TreatmentChart chart = service.chart(NURSE, appointment, AccessReason.CLINICAL_REVIEW);

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.accessed()).isEqualTo(AccessedRecord.TREATMENT_RECORD);
            assertThat(entry.recordId()).contains(chart.current().id().value());
            assertThat(entry.reason()).isEqualTo(AccessReason.CLINICAL_REVIEW);
            assertThat(entry.actor()).isEqualTo(NURSE.userId());
        });
    }

    @Test
    @DisplayName("a recall is the owner's: it finds the client of the batch and audits each record as a recall read")
    void recallForTheOwner() {
        AppointmentId hit = completed(AppointmentStatus.COMPLETED);
        AppointmentId other = completed(AppointmentStatus.COMPLETED);
        service.sign(NURSE, new SignTreatmentCommand(hit, toxin("LOT-7")));
        service.sign(NURSE, new SignTreatmentCommand(other, toxin("LOT-8")));
        RecallQuery query = new RecallQuery(new LotNumber("lot-7"), TREATED.minusDays(1), TREATED, Optional.empty());

        assertThatThrownBy(() -> service.recall(NURSE, query)).isInstanceOf(AccessDeniedException.class);
        List<RecallQuery.RecallHit> hits = service.recall(OWNER, query);

        assertThat(hits).extracting(RecallQuery.RecallHit::client).containsExactly(appointments.get(hit).client());
        assertThat(audit).extracting(AccessAuditEntry::reason).containsExactly(AccessReason.PRODUCT_RECALL);
    }

    @SuppressWarnings("unchecked")
    private static <T> T unused(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private final class Appointments implements ClientAppointmentHistory {
        @Override
        public List<ClientAppointment> of(Collection<ClientId> clients) {
            return List.of();
        }

        @Override
        public Optional<TreatedAppointment> treated(AppointmentId appointment) {
            return Optional.ofNullable(appointments.get(appointment));
        }
    }

    private final class Records implements TreatmentRecordRepository {
        @Override
        public void add(TreatmentRecord entry, UserId recordedBy) {
            stored.add(entry);
        }

        @Override
        public Optional<TreatmentChart> chart(AppointmentId appointment) {
            List<TreatmentRecord> entries = stored.stream()
                    .filter(entry -> entry.context().appointment().equals(appointment)).toList();
            return entries.isEmpty() ? Optional.empty() : Optional.of(new TreatmentChart(entries));
        }

        @Override
        public List<TreatmentChart> chartsOf(Collection<ClientId> clients) {
            return List.of();
        }

        @Override
        public List<TreatmentRecord> currentWithLot(LotNumber lot, LocalDate from, LocalDate to) {
            return stored.stream().filter(entry -> entry.details().products().stream()
                    .anyMatch(product -> product.lot().equals(lot))).toList();
        }
    }

    private static final class Accounts implements StaffAccountRepository {
        @Override
        public Optional<StaffAccount> findByEmail(EmailAddress email) {
            return ACCOUNTS.values().stream().filter(account -> account.email().equals(email)).findFirst();
        }

        @Override
        public Optional<StaffAccount> findById(UserId id) {
            return Optional.ofNullable(ACCOUNTS.get(id));
        }

        @Override
        public List<StaffAccount> listAll() {
            return List.copyOf(ACCOUNTS.values());
        }

        @Override
        public List<StaffAccount> listAllForUpdate() {
            return listAll();
        }

        @Override
        public void insert(StaffAccount account) {
            throw new UnsupportedOperationException("accounts are fixed in this test");
        }

        @Override
        public void update(StaffAccount account) {
            throw new UnsupportedOperationException("accounts are fixed in this test");
        }
    }

    private final class Audit implements AccessAuditRepository {
        @Override
        public void append(AccessAuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AccessAuditEntry> ofClient(ClientId client) {
            return List.of();
        }

        @Override
        public boolean anyAbout(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("not asked here");
        }
    }
}
