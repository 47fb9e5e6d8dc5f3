package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.stream.Collectors;

/** A row of {@code staff_accounts}; roles are stored as sorted role names, since they are a small closed set. */
@Entity
@Table(name = "staff_accounts")
class StaffAccountJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "email")
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "roles")
    private String roles;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "active")
    private boolean active;
    @Column(name = "practitioner_id", length = 36)
    private String practitionerId;
    @Version
    @Column(name = "version")
    private long version;

    protected StaffAccountJpaEntity() {
    }

    StaffAccountJpaEntity(UserId id) {
        this.id = id.toString();
    }

    StaffAccount toDomain(TenantId tenant) {
        return new StaffAccount(UserId.parse(id), tenant, new EmailAddress(email), displayName,
                Columns.codes(roles).stream().map(Role::valueOf).collect(Collectors.toSet()), passwordHash, active,
                practitionerId == null ? null : PractitionerId.parse(practitionerId));
    }

    void copyFrom(StaffAccount account) {
        email = account.email().value();
        displayName = account.displayName();
        roles = Columns.codes(account.roles());
        passwordHash = account.passwordHash();
        active = account.active();
        practitionerId = account.practitionerId() == null ? null : account.practitionerId().toString();
    }
}
