package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.TreatedAppointment;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TreatmentId;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads a client's appointments from {@code appointments} as history lines, selecting only the columns shown. */
public final class JpaClientAppointmentHistory extends JpaRepositorySupport implements ClientAppointmentHistory {

    public JpaClientAppointmentHistory(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public List<ClientAppointment> of(Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return tenantEm().createQuery("select a.id, a.clientId, a.startsAt, a.endsAt, a.status, a.treatmentId,"
                        + " a.practitionerId, a.locationId from AppointmentJpaEntity a where a.clientId in :clients"
                        + " order by a.startsAt desc, a.id", Object[].class)
                .setParameter("clients", clients.stream().map(ClientId::toString).distinct().toList())
                .getResultList().stream()
                .map(row -> new ClientAppointment(AppointmentId.parse((String) row[0]), ClientId.parse((String) row[1]),
                        Columns.instant((OffsetDateTime) row[2]), Columns.instant((OffsetDateTime) row[3]),
                        AppointmentStatus.valueOf((String) row[4]), TreatmentId.parse((String) row[5]),
                        PractitionerId.parse((String) row[6]), LocationId.parse((String) row[7])))
                .toList();
    }

    @Override
    public Optional<TreatedAppointment> treated(AppointmentId appointment) {
        return tenantEm().createQuery("select a.id, a.clientId, a.practitionerId, a.status, t.category, l.zone,"
                        + " a.startsAt from AppointmentJpaEntity a, TreatmentJpaEntity t, LocationJpaEntity l"
                        + " where a.id = :id and t.id = a.treatmentId and l.id = a.locationId", Object[].class)
                .setParameter("id", appointment.toString())
                .getResultList().stream().findFirst()
                .map(row -> new TreatedAppointment(AppointmentId.parse((String) row[0]),
                        ClientId.parse((String) row[1]), PractitionerId.parse((String) row[2]),
                        AppointmentStatus.valueOf((String) row[3]), TreatmentCategory.valueOf((String) row[4]),
                        Columns.instant((OffsetDateTime) row[6]).atZone(ZoneId.of((String) row[5])).toLocalDate()));
    }
}
