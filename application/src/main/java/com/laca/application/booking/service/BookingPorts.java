package com.laca.application.booking.service;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.BookingPolicyRepository;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import java.util.Objects;

/**
 * The outbound ports every booking service reads from, gathered once so the services are wired (and tested) the same
 * way with one argument instead of ten.
 */
public record BookingPorts(TransactionRunner tx, TenantRepository tenants, TreatmentRepository treatments,
                           LocationRepository locations, PractitionerRepository practitioners,
                           ResourceRepository resources, AppointmentRepository appointments,
                           ClientRepository clients, ScheduleRepository schedules,
                           BookingPolicyRepository policies, ReferenceDataVersion referenceData) {

    public BookingPorts {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(treatments, "treatments");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(practitioners, "practitioners");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(referenceData, "referenceData");
    }

    Schedules scheduleBuilder() {
        return new Schedules(practitioners, resources, schedules, appointments);
    }

    AppointmentViews views() {
        return new AppointmentViews(treatments, practitioners, locations, clients, resources);
    }
}
