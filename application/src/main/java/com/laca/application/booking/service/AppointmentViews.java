package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns stored appointments into what the calendar and the manage page show, looking each treatment, practitioner,
 * location and client up once per call however many appointments share it; must run inside the tenant's transaction.
 * The terms shown are those the booking was made on, never the treatment's or the clinic's of the day.
 */
final class AppointmentViews {

    private final TreatmentRepository treatments;
    private final PractitionerRepository practitioners;
    private final LocationRepository locations;
    private final ClientRepository clients;
    private final ResourceRepository resources;

    AppointmentViews(TreatmentRepository treatments, PractitionerRepository practitioners,
                     LocationRepository locations, ClientRepository clients, ResourceRepository resources) {
        this.resources = resources;
        this.treatments = treatments;
        this.practitioners = practitioners;
        this.locations = locations;
        this.clients = clients;
    }

    AppointmentView of(StoredAppointment stored, Instant now) {
        return of(List.of(stored), now).get(0);
    }

    /** The views in the same order; the status shown is the status at {@code now} (a lapsed hold shows as expired). */
    List<AppointmentView> of(List<StoredAppointment> stored, Instant now) {
        Map<TreatmentId, Treatment> treatmentById = new HashMap<>();
        Map<PractitionerId, Practitioner> practitionerById = new HashMap<>();
        Map<LocationId, Location> locationById = new HashMap<>();
        Map<ResourceId, String> resourceNameById = new HashMap<>();
        Map<ClientId, Client> clientById = clients.findAll(stored.stream()
                        .map(s -> s.appointment().details().client()).distinct().toList())
                .stream().collect(Collectors.toMap(Client::id, Function.identity()));
        return stored.stream().map(s -> {
            AppointmentDetails d = s.appointment().details();
            Treatment treatment = treatmentById.computeIfAbsent(d.treatment(),
                    id -> treatments.find(id).orElseThrow(() -> missing("treatment", id)));
            Practitioner practitioner = practitionerById.computeIfAbsent(d.practitioner(),
                    id -> practitioners.find(id).orElseThrow(() -> missing("practitioner", id)));
            Location location = locationById.computeIfAbsent(d.location(),
                    id -> locations.find(id).orElseThrow(() -> missing("location", id)));
            Client client = clientById.get(d.client());
            if (client == null) {
                throw missing("client", d.client());
            }
            List<String> resourceNames = d.resources().stream().map(id -> resourceNameById.computeIfAbsent(id,
                    r -> resources.find(r).map(Resource::name).orElse(r.toString()))).toList();
            return view(s, treatment, practitioner, location, client, resourceNames, now);
        }).toList();
    }

    /** The view of one appointment whose treatment, practitioner, location and client are already at hand. */
    static AppointmentView view(StoredAppointment stored, Treatment treatment, Practitioner practitioner,
                                Location location, Client client, List<String> resourceNames, Instant now) {
        Appointment appointment = stored.appointment();
        AppointmentDetails d = appointment.details();
        boolean lapsed = appointment.statusAt(now) != appointment.status();
        return new AppointmentView(appointment.id(), d.treatment(), treatment.name(), d.location(), d.practitioner(),
                practitioner.displayName(), d.resources(), d.client(), client.firstName() + " " + client.lastName(),
                d.time().start(), d.time().end(), location.zone().getRules().getOffset(d.time().start()),
                appointment.statusAt(now), lapsed ? Optional.empty() : appointment.holdExpiresAt(), stored.version(),
                location.name(), resourceNames, client.phone().value(), Optional.empty(), List.of(), Optional.empty(),
                d.terms().forClient(d.time().start(), location.zone()));
    }

    /** The foreign keys make this impossible; if it happens the data is broken, which is not the caller's fault. */
    private static IllegalStateException missing(String kind, Object id) {
        return new IllegalStateException("appointment refers to a missing " + kind + " " + id);
    }
}
