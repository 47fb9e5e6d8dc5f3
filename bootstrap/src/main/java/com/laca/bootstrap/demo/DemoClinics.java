package com.laca.bootstrap.demo;

import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.application.clinic.port.in.ResourceDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.shared.Caller;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demonstration data of the embedded default: a two-site clinic with a realistic menu, and a second, smaller
 * clinic that exists to show that neither can see the other. Entered through the same use cases as staff would.
 *
 * <p>Every practitioner works Monday to Saturday, 09:00–13:00 and 14:00–18:00; those who work at two sites split the
 * week (Monday, Wednesday, Friday at the first, Tuesday, Thursday, Saturday at the second), so the public
 * availability of the demo clinic shows real slots from the first start.
 */
final class DemoClinics {

    static final String DEMO_SLUG = "demo-clinic";
    static final String DEMO_OWNER = "owner@demo-clinic.test";
    static final String OTHER_SLUG = "northside-aesthetics";
    static final String OTHER_OWNER = "owner@northside.test";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ResourceType TREATMENT_ROOM = new ResourceType("TREATMENT_ROOM");
    private static final ResourceType CONSULTATION_ROOM = new ResourceType("CONSULTATION_ROOM");
    private static final ResourceType LASER = new ResourceType("LASER");
    private static final List<TimeWindow> DAY = List.of(TimeWindow.of("09:00", "13:00"), TimeWindow.of("14:00", "18:00"));
    private static final Set<DayOfWeek> WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    private static final Set<DayOfWeek> FIRST_HALF = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY);

    private final InitialAccounts accounts;
    private final ManageLocationsUseCase locations;
    private final ManagePractitionersUseCase practitioners;
    private final ManageResourcesUseCase resources;
    private final ManageTreatmentsUseCase treatments;
    private final ManageScheduleUseCase schedule;

    DemoClinics(InitialAccounts accounts, ManageLocationsUseCase locations, ManagePractitionersUseCase practitioners,
                ManageResourcesUseCase resources, ManageTreatmentsUseCase treatments, ManageScheduleUseCase schedule) {
        this.accounts = accounts;
        this.locations = locations;
        this.practitioners = practitioners;
        this.resources = resources;
        this.treatments = treatments;
        this.schedule = schedule;
    }

    /** Creates both clinics unless the demonstration clinic already exists. */
    void ensure(String ownerPassword) {
        if (accounts.find(DEMO_SLUG).isPresent()) {
            return;
        }
        demoClinic(owner(accounts.create(DEMO_SLUG, "Demo Aesthetics Clinic", DEMO_OWNER, "Olivia Bennett",
                Role.OWNER, ownerPassword)));
        otherClinic(owner(accounts.create(OTHER_SLUG, "Northside Aesthetics", OTHER_OWNER, "Noah Clarke",
                Role.OWNER, ownerPassword)));
    }

    private static Caller owner(Tenant tenant) {
        return new Caller(UserId.random(), tenant.id(), Set.of(Role.OWNER));
    }

    private void demoClinic(Caller owner) {
        LocationId london = location(owner, "Harley Street", new Address("41 Harley Street", null, "London",
                "W1G 8QH", "GB"));
        LocationId manchester = location(owner, "Manchester Spinningfields", new Address("3 Hardman Square",
                "Spinningfields", "Manchester", "M3 3EB", "GB"));
        practitioner(owner, "Dr Amelia Hart", Set.of(Qualification.DOCTOR, Qualification.PRESCRIBER),
                List.of(london, manchester));
        practitioner(owner, "Priya Shah RN", Set.of(Qualification.NURSE, Qualification.PRESCRIBER), List.of(london));
        practitioner(owner, "Tom Evans RN", Set.of(Qualification.NURSE), List.of(manchester));
        practitioner(owner, "Sofia Rossi", Set.of(Qualification.AESTHETICIAN), List.of(london, manchester));
        resource(owner, london, "Treatment Room 1", TREATMENT_ROOM);
        resource(owner, london, "Treatment Room 2", TREATMENT_ROOM);
        resource(owner, london, "Candela GentleMax Pro laser", LASER);
        resource(owner, manchester, "Treatment Room A", TREATMENT_ROOM);
        resource(owner, manchester, "Consultation Room", CONSULTATION_ROOM);
        treatment(owner, "Anti-wrinkle toxin, three areas", TreatmentCategory.ANTI_WRINKLE,
                "Botulinum toxin for forehead lines, frown lines and crow's feet; review at two weeks.", 30, 5, 10,
                25_000, Qualification.PRESCRIBER, Set.of(TREATMENT_ROOM));
        treatment(owner, "Dermal filler, lips (1 ml)", TreatmentCategory.DERMAL_FILLER,
                "Hyaluronic-acid lip filler by a prescriber, with hyaluronidase on site.", 45, 10, 15, 30_000,
                Qualification.PRESCRIBER, Set.of(TREATMENT_ROOM));
        treatment(owner, "Chemical peel, medium depth", TreatmentCategory.CHEMICAL_PEEL,
                "TCA peel for texture and pigmentation; patch test at least 48 hours before.", 45, 5, 10, 12_000,
                Qualification.AESTHETICIAN, Set.of(TREATMENT_ROOM));
        treatment(owner, "Laser hair removal, underarms", TreatmentCategory.LASER,
                "Alexandrite/Nd:YAG laser; patch test required before the first session.", 20, 5, 10, 9_000,
                Qualification.AESTHETICIAN, Set.of(LASER));
        treatment(owner, "Skin consultation", TreatmentCategory.CONSULTATION,
                "Skin assessment and treatment plan; fee redeemable against treatment.", 30, 0, 5, 2_500, null,
                Set.of());
    }

    private void otherClinic(Caller owner) {
        LocationId leeds = location(owner, "Leeds Northside", new Address("12 Park Row", null, "Leeds", "LS1 5HD",
                "GB"));
        practitioner(owner, "Grace Okafor RN", Set.of(Qualification.NURSE, Qualification.PRESCRIBER), List.of(leeds));
        resource(owner, leeds, "Clinic Room", TREATMENT_ROOM);
        treatment(owner, "HydraFacial", TreatmentCategory.SKIN, "Cleanse, extract and hydrate.", 60, 5, 10, 15_000,
                null, Set.of(TREATMENT_ROOM));
    }

    private LocationId location(Caller owner, String name, Address address) {
        Location created = locations.create(owner, new LocationDraft(name, address, LONDON, true));
        return created.id();
    }

    /** Creates the practitioner with the demo rota at the given sites, in order (see the class comment). */
    private void practitioner(Caller owner, String name, Set<Qualification> qualifications, List<LocationId> at) {
        PractitionerId id = practitioners.create(owner, new PractitionerDraft(name, qualifications, Set.copyOf(at),
                true)).id();
        List<WorkingHours> rota = new ArrayList<>();
        for (DayOfWeek day : WEEK) {
            LocationId where = at.size() == 1 || FIRST_HALF.contains(day) ? at.get(0) : at.get(1);
            rota.add(new WorkingHours(id, where, day, DAY, DateRange.always()));
        }
        schedule.replaceWorkingHours(owner, id, rota);
    }

    private void resource(Caller owner, LocationId at, String name, ResourceType type) {
        resources.create(owner, new ResourceDraft(at, name, type, true));
    }

    private void treatment(Caller owner, String name, TreatmentCategory category, String description, int minutes,
                           int bufferBefore, int bufferAfter, long pricePence, Qualification qualification,
                           Set<ResourceType> needs) {
        treatments.create(owner, new TreatmentDraft(name, category, description, Duration.ofMinutes(minutes),
                Duration.ofMinutes(bufferBefore), Duration.ofMinutes(bufferAfter), pricePence, qualification, needs,
                BookingWindow.DEFAULT, true));
    }
}
