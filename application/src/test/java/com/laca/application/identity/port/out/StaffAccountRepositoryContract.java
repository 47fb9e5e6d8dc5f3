package com.laca.application.identity.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link StaffAccountRepository} contract: one account per e-mail within a tenant, and never across tenants. */
public abstract class StaffAccountRepositoryContract extends PersistenceContract {

    private static StaffAccount account(TenantId tenant, String email, String passwordHash) {
        return new StaffAccount(UserId.random(), tenant, new EmailAddress(email), "Ana Owner",
                Set.of(Role.OWNER, Role.PRACTITIONER, Role.FINANCE), passwordHash, true);
    }

    @Test
    @DisplayName("an account reads back with every field, by id and by e-mail")
    void roundTrip() {
        StaffAccount invited = account(tenantA, "ana@clinic.example", null);
        doInA(() -> ports.staffAccounts().insert(invited));

        assertThat(inA(() -> ports.staffAccounts().findById(invited.id()))).contains(invited);
        assertThat(inA(() -> ports.staffAccounts().findByEmail(invited.email()))).contains(invited);
    }

    @Test
    @DisplayName("an update replaces name, roles, password hash and status")
    void update() {
        StaffAccount invited = account(tenantA, "ana@clinic.example", null);
        doInA(() -> ports.staffAccounts().insert(invited));
        StaffAccount changed = new StaffAccount(invited.id(), tenantA, new EmailAddress("ana.b@clinic.example"),
                "Ana B", Set.of(Role.FRONTDESK), "$argon2id$hash", false);

        doInA(() -> ports.staffAccounts().update(changed));

        assertThat(inA(() -> ports.staffAccounts().findById(invited.id()))).contains(changed);
        assertThatThrownBy(() -> doInA(() -> ports.staffAccounts().update(account(tenantA, "x@clinic.example", null))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("an e-mail address is taken within one tenant, but free in another")
    void uniqueEmail() {
        doInA(() -> ports.staffAccounts().insert(account(tenantA, "ana@clinic.example", null)));

        StaffAccount sameEmail = account(tenantA, "ANA@clinic.example", null);
        assertThatThrownBy(() -> doInA(() -> ports.staffAccounts().insert(sameEmail)))
                .isInstanceOf(ConflictException.class);
        doInB(() -> ports.staffAccounts().insert(account(tenantB, "ana@clinic.example", null)));
        assertThat(inB(() -> ports.staffAccounts().listAll())).hasSize(1);
    }

    @Test
    @DisplayName("the tenant's accounts are listed by e-mail; another tenant sees none of them")
    void listAndIsolation() {
        StaffAccount zoe = account(tenantA, "zoe@clinic.example", "$argon2id$hash");
        StaffAccount bea = account(tenantA, "bea@clinic.example", null);
        doInA(() -> {
            ports.staffAccounts().insert(zoe);
            ports.staffAccounts().insert(bea);
        });

        assertThat(inA(() -> ports.staffAccounts().listAll())).containsExactly(bea, zoe);
        assertThat(inB(() -> ports.staffAccounts().listAll())).isEmpty();
        assertThat(inB(() -> ports.staffAccounts().findById(zoe.id()))).isEmpty();
        assertThat(inB(() -> ports.staffAccounts().findByEmail(zoe.email()))).isEmpty();
        StaffAccount hijack = new StaffAccount(zoe.id(), tenantB, zoe.email(), "Mallory", Set.of(Role.OWNER),
                "$argon2id$other", true);
        assertThatThrownBy(() -> doInB(() -> ports.staffAccounts().update(hijack)))
                .isInstanceOf(NotFoundException.class);
        assertThat(inA(() -> ports.staffAccounts().findById(zoe.id()))).contains(zoe);
    }

    @Test
    @DisplayName("an account naming another tenant than the transaction's is refused")
    void foreignTenant() {
        StaffAccount foreign = account(tenantB, "ana@clinic.example", null);

        assertThatThrownBy(() -> doInA(() -> ports.staffAccounts().insert(foreign)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
