package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.application.clinic.port.in.ResourceDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.clinic.service.PractitionerService;
import com.laca.application.clinic.service.PublicMenuService;
import com.laca.application.clinic.service.ResourceService;
import com.laca.application.clinic.service.TreatmentService;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.StaffService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.PersistencePorts;
import com.laca.application.tenancy.port.in.CreateTenantCommand;
import com.laca.application.tenancy.port.in.CreatedTenant;
import com.laca.application.tenancy.service.FindTenantService;
import com.laca.application.tenancy.service.TenantService;
import com.laca.application.tenancy.service.TenantStatusCache;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rows whose text the current rules refuse (written before the rules existed, or by hand) are read through the same
 * repositories the API uses: lists, the public menu and single records still answer, showing a readable form, and
 * the record can be corrected and deleted, so one bad row never takes a clinic offline.
 */
abstract class StoredTextFlows {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Caller PLATFORM_ADMIN = new Caller(UserId.random(), TenantId.random(),
            Set.of(Role.PLATFORM_ADMIN));
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    private TenantService tenants;
    private LocationService locations;
    private PractitionerService practitioners;
    private ResourceService resources;
    private TreatmentService treatments;
    private PublicMenuService publicMenu;
    private FindTenantService findTenant;

    /** The adapter under test, over a migrated database. */
    abstract PersistencePorts ports();

    /** Runs one SQL update straight against the tables, past the application and its rules. */
    abstract void writeBehindTheApplication(String sql, String... values);

    @BeforeEach
    void wireServices() {
        PersistencePorts p = ports();
        StaffService staff = new StaffService(p.tx(), p.staffAccounts(), p.oneTimeTokens(), p.refreshTokens(),
                new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "plain:" + password;
            }

            @Override
            public boolean matches(String password, String encodedHash) {
                return encodedHash.equals(hash(password));
            }
        }, new AuthSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30)), CLOCK);
        TenantStatusCache statuses = new TenantStatusCache(p.tx(), p.tenants(), CLOCK, Duration.ofSeconds(5));
        tenants = new TenantService(p.tx(), p.tenants(), staff, p.refreshTokens(), statuses, CLOCK);
        locations = new LocationService(p.tx(), p.locations(), p.referenceDataVersion(), FutureBookingsGateway.none());
        practitioners = new PractitionerService(p.tx(), p.practitioners(), p.locations(), p.treatments(),
                p.referenceDataVersion(), FutureBookingsGateway.none());
        resources = new ResourceService(p.tx(), p.resources(), p.locations(), p.referenceDataVersion(),
                FutureBookingsGateway.none());
        treatments = new TreatmentService(p.tx(), p.treatments(), p.tenants(), p.referenceDataVersion());
        publicMenu = new PublicMenuService(p.tx(), p.treatments());
        findTenant = new FindTenantService(statuses);
    }

    @Test
    @DisplayName("records whose stored names break the text rules still list, show, and can be corrected and deleted")
    void unreadableTextReadsBack() {
        String slug = "clinic-" + UUID.randomUUID();
        CreatedTenant created = tenants.create(PLATFORM_ADMIN, new CreateTenantCommand(slug, "Bath Skin Clinic",
                "Europe/London", "GBP", "owner@" + slug + ".example", "Olive Owner"));
        TenantId tenant = created.tenant().id();
        Caller owner = new Caller(created.ownerInvitation().userId(), tenant, Set.of(Role.OWNER));
        Location bath = locations.create(owner, new LocationDraft("Bath", new Address("1 Milsom Street", "Floor 2",
                "Bath", "BA1 1DA", "GB"), ZoneId.of("Europe/London"), true));
        Practitioner ana = practitioners.create(owner, new PractitionerDraft("Dr Ana", Set.of(Qualification.NURSE),
                Set.of(bath.id()), true));
        Resource room = resources.create(owner, new ResourceDraft(bath.id(), "Laser room", new ResourceType("LASER"),
                true));
        TreatmentDraft peelDraft = new TreatmentDraft("Glow peel", TreatmentCategory.CHEMICAL_PEEL, "Gentle.",
                Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, 5_000, null, Set.of(), BookingWindow.DEFAULT,
                true);
        Treatment peel = treatments.create(owner, peelDraft);
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        ports().tx().inTenant(tenant, () -> {
            ports().schedules().putClosure(new Closure(christmas, "Christmas Day"));
            return null;
        });

        writeBehindTheApplication("update treatments set name = ?, description = ? where id = ?", "",
                "Peel\u0001 gently\u202E", peel.id().toString());
        writeBehindTheApplication("update locations set name = ?, city = ?, line2 = ? where id = ?",
                "\u202EBath", " ", "\u200B", bath.id().toString());
        writeBehindTheApplication("update practitioners set display_name = ? where id = ?", "\u0007",
                ana.id().toString());
        writeBehindTheApplication("update resources set name = ? where id = ?", "Laser\nroom", room.id().toString());
        writeBehindTheApplication("update closures set name = ? where tenant_id = ?", "\u0002", tenant.toString());

        assertThat(treatments.list(owner, FIRST_PAGE).items()).extracting(Treatment::name).containsExactly("(no name)");
        assertThat(publicMenu.activeTreatments(findTenant.findActiveBySlug(slug).orElseThrow()))
                .extracting(Treatment::name, Treatment::description).containsExactly(
                        tuple("(no name)", "Peel gently"));
        Location readBath = locations.list(owner, FIRST_PAGE).items().get(0);
        assertThat(readBath.name()).isEqualTo("Bath");
        assertThat(readBath.address()).isEqualTo(new Address("1 Milsom Street", null, "(no city)", "BA1 1DA", "GB"));
        assertThat(practitioners.get(owner, ana.id()).displayName()).isEqualTo("(no display name)");
        assertThat(resources.list(owner, FIRST_PAGE).items()).extracting(Resource::name).containsExactly("Laser room");
        assertThat(ports().tx().inTenant(tenant, () -> ports().schedules().closures(christmas, christmas)))
                .containsExactly(new Closure(christmas, "(no name)"));

        Treatment corrected = treatments.update(owner, peel.id(), peel.version(), peelDraft);
        assertThat(corrected.name()).isEqualTo("Glow peel");
        assertThat(treatments.get(owner, peel.id()).description()).isEqualTo("Gentle.");
        resources.delete(owner, room.id(), room.version());
        assertThat(resources.list(owner, FIRST_PAGE).total()).isZero();
    }
}
