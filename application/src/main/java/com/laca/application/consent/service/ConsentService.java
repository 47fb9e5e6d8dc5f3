package com.laca.application.consent.service;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.consent.port.in.ArchivedDocument;
import com.laca.application.consent.port.in.ConsentRefusedException;
import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.application.consent.port.in.ConsentView;
import com.laca.application.consent.port.in.DocumentContent;
import com.laca.application.consent.port.in.DocumentVerification;
import com.laca.application.consent.port.in.SignConsentCommand;
import com.laca.application.consent.port.out.ConsentAuditGateway;
import com.laca.application.consent.port.out.ConsentDocument;
import com.laca.application.consent.port.out.ConsentEvent;
import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.ConsentRenderer;
import com.laca.application.consent.port.out.ConsentTemplateRepository;
import com.laca.application.consent.port.out.DocumentExistsException;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentRenderingException;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.consent.port.out.DocumentStoreException;
import com.laca.application.consent.port.out.PractitionerRegistrationGateway;
import com.laca.application.consent.port.out.RenderedDocument;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.StaffAccount;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.consent.ConsentForm;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentProblem;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentResult;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplates;
import com.laca.domain.consent.CourseId;
import com.laca.domain.consent.DocumentDigest;
import com.laca.domain.consent.MergeField;
import com.laca.domain.consent.MergeResult;
import com.laca.domain.consent.MergedConsent;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A booking's consent from first reading to archive: the form in effect is merged with the booking's details (a
 * missing value refuses, never prints a blank), the first reading records that the information was given, a refused
 * signature stores nothing, and a signed form is rendered and archived outside the database transaction with its
 * SHA-256 recorded afterwards, so a slow renderer never holds a transaction open.
 */
public final class ConsentService implements ConsentUseCase {

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final TransactionRunner tx;
    private final ConsentTemplateRepository templates;
    private final ConsentRecordRepository consents;
    private final BookingFacts facts;
    private final PractitionerRepository practitioners;
    private final PractitionerRegistrationGateway registrations;
    private final ConsentRenderer renderer;
    private final DocumentStore store;
    private final ConsentAuditGateway audit;
    private final StaffAccountRepository accounts;
    private final Clock clock;

    /** The form in effect is always the one for the jurisdiction of the booking's location. */
    public ConsentService(TransactionRunner tx, ConsentTemplateRepository templates, ConsentRecordRepository consents,
                          AppointmentRepository appointments, ClientRepository clients, TreatmentRepository treatments,
                          PractitionerRepository practitioners, LocationRepository locations, TenantRepository tenants,
                          PractitionerRegistrationGateway registrations, ConsentRenderer renderer, DocumentStore store,
                          ConsentAuditGateway audit, StaffAccountRepository accounts, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.facts = new BookingFacts(appointments, clients, treatments, practitioners, locations, tenants);
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ConsentView forBooking(TenantId tenant, String manageToken) {
        return tx.inTenant(tenant, () -> given(tenant, facts.byToken(tenant, manageToken), clock.instant()).view());
    }

    @Override
    public ConsentView sign(TenantId tenant, String manageToken, SignConsentCommand command) {
        Given signed = tx.inTenant(tenant, () -> {
            Instant now = clock.instant();
            BookingFacts.Booking booking = facts.byToken(tenant, manageToken);
            Given given = given(tenant, booking, now);
            Optional<ConsentTemplate> inEffect = inEffect(booking, now);
            ConsentResult result = given.stored().record().sign(command.templateVersion(), inEffect,
                    command.typedName(), command.signatureImage(), command.clinicalPhotos(),
                    command.marketingPhotos(), now, command.ipAddress(), command.userAgent());
            ConsentRecord record = applied(result);
            consents.update(record, given.stored().version());
            audit.record(tenant, ConsentEvent.SIGNED, subject(booking.id()), "client:" + record.client(),
                    Map.of("consent", record.id().toString(), "templateVersion",
                            Integer.toString(record.templateVersion()), "category", record.category().name()));
            return new Given(new StoredConsent(record, booking.id(), Optional.empty(), given.stored().version() + 1),
                    given.form(), booking.location().zone());
        });
        return archive(tenant, signed);
    }

    @Override
    public ConsentView status(Caller caller, AppointmentId appointment) {
        caller.require(Permission.CONSENT_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            StoredConsent stored = stored(appointment);
            BookingFacts.Booking booking = facts.byId(appointment);
            ConsentTemplate template = templates.find(stored.record().template()).orElseThrow(
                    () -> new NotFoundException("consent template", stored.record().template()));
            return new Given(stored, merge(template, booking), booking.location().zone()).view();
        });
    }

    @Override
    public ConsentView countersign(Caller caller, AppointmentId appointment, PractitionerId practitioner) {
        caller.require(Permission.CONSENT_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            StoredConsent stored = stored(appointment);
            BookingFacts.Booking booking = facts.byId(appointment);
            Practitioner by = practitioners.find(practitioner).orElseThrow(
                    () -> new InvalidInputException("practitioner", "is not a practitioner of this clinic"));
            if (accounts.findById(caller.userId()).flatMap(StaffAccount::linkedPractitioner)
                    .filter(practitioner::equals).isEmpty()) {
                throw new AccessDeniedException(Permission.CONSENT_MANAGE, "A consent is countersigned only by the "
                        + "practitioner themself: your staff account is not linked to that practitioner.");
            }
            Optional<PractitionerId> supervising = by.qualifications().contains(Qualification.PRESCRIBER)
                    && registrations.registrationOf(by.id()).isPresent() ? Optional.of(by.id()) : Optional.empty();
            ConsentRecord record = applied(stored.record().countersign(by.id(), by.displayName(),
                    booking.appointment().details().practitioner(), supervising, clock.instant()));
            consents.update(record, stored.version());
            audit.record(caller.tenantId(), ConsentEvent.COUNTERSIGNED, subject(appointment),
                    "user:" + caller.userId(), Map.of("consent", record.id().toString(), "practitioner",
                            by.id().toString(), "capacity", record.countersignature().orElseThrow().capacity().name()));
            ConsentTemplate template = templates.find(record.template()).orElseThrow();
            return new Given(new StoredConsent(record, appointment, stored.document(), stored.version() + 1),
                    merge(template, booking), booking.location().zone()).view();
        });
    }

    @Override
    public DocumentContent document(Caller caller, AppointmentId appointment) {
        caller.require(Permission.CONSENT_MANAGE);
        ConsentDocument document = archived(caller, appointment);
        byte[] bytes = store.get(document.key())
                .orElseThrow(() -> new NotFoundException("consent document", appointment));
        return new DocumentContent(bytes, document.mediaType());
    }

    @Override
    public DocumentVerification verify(Caller caller, AppointmentId appointment) {
        caller.require(Permission.CONSENT_MANAGE);
        ConsentDocument document = archived(caller, appointment);
        byte[] bytes = store.get(document.key())
                .orElseThrow(() -> new NotFoundException("consent document", appointment));
        return new DocumentVerification(document.digest().verify(bytes), document.digest(), DocumentDigest.of(bytes));
    }

    private ConsentDocument archived(Caller caller, AppointmentId appointment) {
        return tx.inTenant(caller.tenantId(), () -> stored(appointment).document()
                .orElseThrow(() -> new NotFoundException("consent document", appointment)));
    }

    /**
     * Renders and stores the signed form, then records where and its digest; a failure leaves the signature stored
     * and the document missing (staff see no document and the client's signature stands).
     */
    private ConsentView archive(TenantId tenant, Given signed) {
        ConsentRecord record = signed.stored().record();
        DocumentKey key = new DocumentKey(tenant, "consents/" + record.id() + ".pdf");
        try {
            RenderedDocument rendered = renderer.render(new ConsentForm(signed.form(), record, signed.zone()));
            try {
                store.put(key, rendered.content());
            } catch (DocumentExistsException e) {
                LOG.log(Level.WARNING, "consent document {0} already archived; keeping the first", key);
                return signed.view();
            }
            ConsentDocument document = new ConsentDocument(key, rendered.digest(), rendered.mediaType());
            tx.inTenant(tenant, () -> {
                consents.recordDocument(record.id(), document);
                audit.record(tenant, ConsentEvent.DOCUMENT_STORED, subject(signed.stored().appointment()), "system",
                        Map.of("consent", record.id().toString(), "sha256", document.digest().hex()));
                return null;
            });
            return new Given(new StoredConsent(record, signed.stored().appointment(), Optional.of(document),
                    signed.stored().version() + 1), signed.form(), signed.zone()).view();
        } catch (DocumentRenderingException | DocumentStoreException e) {
            LOG.log(Level.SEVERE, "the signed consent " + record.id() + " could not be archived", e);
            return signed.view();
        }
    }

    /**
     * The booking's consent as given to the client: the stored record, or a new one on the version in effect today
     * (an unsigned record on a superseded version is given again on the new one), with its merged form.
     */
    private Given given(TenantId tenant, BookingFacts.Booking booking, Instant now) {
        if (!booking.treatment().category().clinicalProfile().consent()) {
            throw new InvalidInputException("appointment", "this treatment needs no consent form");
        }
        Optional<StoredConsent> existing = consents.forAppointment(booking.id());
        Optional<ConsentTemplate> inEffect = inEffect(booking, now);
        if (existing.isPresent() && (existing.get().record().signature().isPresent() || inEffect.isEmpty()
                || inEffect.get().id().equals(existing.get().record().template()))) {
            StoredConsent stored = existing.get();
            ConsentTemplate template = templates.find(stored.record().template()).orElseThrow(
                    () -> new NotFoundException("consent template", stored.record().template()));
            return new Given(stored, merge(template, booking), booking.location().zone());
        }
        ConsentTemplate template = inEffect.orElseThrow(() -> new ConsentRefusedException(new ConsentProblem(
                ConsentProblem.Reason.NO_TEMPLATE_IN_EFFECT,
                "The clinic has no consent form in effect for this treatment yet; please contact the clinic.")));
        MergedConsent form = merge(template, booking);
        ConsentId id = existing.map(s -> s.record().id()).orElseGet(ConsentId::random);
        ConsentRecord record = ConsentRecord.informationGiven(id, booking.appointment().details().client(),
                courseOf(booking.id()), template, now);
        StoredConsent stored;
        if (existing.isPresent()) {
            consents.update(record, existing.get().version());
            stored = new StoredConsent(record, booking.id(), Optional.empty(), existing.get().version() + 1);
        } else {
            consents.insert(booking.id(), record);
            stored = new StoredConsent(record, booking.id(), Optional.empty(), 0);
        }
        audit.record(tenant, ConsentEvent.INFORMATION_GIVEN, subject(booking.id()), "client:" + record.client(),
                Map.of("consent", id.toString(), "templateVersion", Integer.toString(template.version()),
                        "category", template.category().name()));
        return new Given(stored, form, booking.location().zone());
    }

    private Optional<ConsentTemplate> inEffect(BookingFacts.Booking booking, Instant now) {
        return new ConsentTemplates(templates.all()).effective(booking.treatment().category(),
                booking.location().jurisdiction().code(),
                LocalDate.ofInstant(now, booking.location().zone()));
    }

    /** The form with every field the template uses filled from the booking; a field without a value refuses. */
    private MergedConsent merge(ConsentTemplate template, BookingFacts.Booking booking) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        Client client = booking.client();
        values.put(MergeField.CLIENT_FULL_NAME, client.firstName() + " " + client.lastName());
        values.put(MergeField.CLIENT_DATE_OF_BIRTH, BIRTH_DATE.format(client.dateOfBirth()));
        values.put(MergeField.TREATMENT_NAME, booking.treatment().name());
        values.put(MergeField.PRACTITIONER_NAME, booking.practitioner().displayName());
        registrations.registrationOf(booking.practitioner().id())
                .ifPresent(r -> values.put(MergeField.PRACTITIONER_REGISTRATION, r));
        values.put(MergeField.CLINIC_NAME, booking.tenant().name());
        values.put(MergeField.CLINIC_ADDRESS, address(booking.location().address()));
        MergeResult result = template.merge(values);
        if (result instanceof MergeResult.Refused refused) {
            ConsentProblem first = refused.problems().get(0);
            throw new ConsentRefusedException(new ConsentProblem(first.reason(), refused.problems().stream()
                    .map(ConsentProblem::message).collect(Collectors.joining(" "))));
        }
        return ((MergeResult.Merged) result).consent();
    }

    private static String address(Address address) {
        return Stream.of(address.line1(), address.line2(), address.city(), address.postcode())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    private StoredConsent stored(AppointmentId appointment) {
        return consents.forAppointment(appointment)
                .orElseThrow(() -> new NotFoundException("consent", appointment));
    }

    private static ConsentRecord applied(ConsentResult result) {
        if (result instanceof ConsentResult.Refused refused) {
            throw new ConsentRefusedException(refused.problem());
        }
        return ((ConsentResult.Applied) result).consent();
    }

    /** One appointment is one treatment course until courses are booked as such. */
    static CourseId courseOf(AppointmentId appointment) {
        return new CourseId(appointment.value());
    }

    private static String subject(AppointmentId appointment) {
        return "appointment:" + appointment;
    }

    /** A consent as given: stored record, merged form and the location's zone. */
    private record Given(StoredConsent stored, MergedConsent form, ZoneId zone) {

        ConsentView view() {
            return new ConsentView(stored.appointment(), form, stored.record(), stored.document()
                    .map(d -> new ArchivedDocument(d.key().name(), d.digest(), d.mediaType())));
        }
    }

    /** Reads what a consent form is merged from, by the booking's manage token or its id. */
    static final class BookingFacts {

        private final AppointmentRepository appointments;
        private final ClientRepository clients;
        private final TreatmentRepository treatments;
        private final PractitionerRepository practitioners;
        private final LocationRepository locations;
        private final TenantRepository tenants;

        BookingFacts(AppointmentRepository appointments, ClientRepository clients, TreatmentRepository treatments,
                     PractitionerRepository practitioners, LocationRepository locations, TenantRepository tenants) {
            this.appointments = Objects.requireNonNull(appointments, "appointments");
            this.clients = Objects.requireNonNull(clients, "clients");
            this.treatments = Objects.requireNonNull(treatments, "treatments");
            this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
            this.locations = Objects.requireNonNull(locations, "locations");
            this.tenants = Objects.requireNonNull(tenants, "tenants");
        }

        Booking byToken(TenantId tenant, String manageToken) {
            if (manageToken == null || !OpaqueTokens.tenantOf(manageToken).map(tenant::equals).orElse(false)) {
                throw new NotFoundException("booking", "for this link");
            }
            return of(tenant, appointments.findByManageTokenHash(OpaqueTokens.hash(manageToken))
                    .orElseThrow(() -> new NotFoundException("booking", "for this link")).appointment());
        }

        Booking byId(AppointmentId id) {
            Appointment appointment = appointments.find(id)
                    .orElseThrow(() -> new NotFoundException("appointment", id)).appointment();
            return of(appointment.details().tenant(), appointment);
        }

        private Booking of(TenantId tenant, Appointment appointment) {
            AppointmentDetails details = appointment.details();
            return new Booking(appointment,
                    clients.findAll(List.of(details.client())).stream().findFirst()
                            .orElseThrow(() -> new NotFoundException("client", details.client())),
                    treatments.find(details.treatment())
                            .orElseThrow(() -> new NotFoundException("treatment", details.treatment())),
                    practitioners.find(details.practitioner())
                            .orElseThrow(() -> new NotFoundException("practitioner", details.practitioner())),
                    locations.find(details.location())
                            .orElseThrow(() -> new NotFoundException("location", details.location())),
                    tenants.findById(tenant).orElseThrow(() -> new NotFoundException("clinic", tenant)));
        }

        /** One booking with everything its consent form names. */
        record Booking(Appointment appointment, Client client, Treatment treatment, Practitioner practitioner,
                       Location location, Tenant tenant) {

            AppointmentId id() {
                return appointment.details().id();
            }
        }
    }
}
