package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.StoredText;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.scheduling.Closure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code closures}, keyed by its date within the tenant. */
@Entity
@Table(name = "closures")
class ClosureJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "closure_date")
    private LocalDate date;
    @Column(name = "name")
    private String name;

    protected ClosureJpaEntity() {
    }

    ClosureJpaEntity(Closure closure) {
        date = closure.date();
        rename(closure);
    }

    void rename(Closure closure) {
        name = closure.name();
    }

    Closure toDomain() {
        return new Closure(date, StoredText.of("closures", date.toString()).line("name", name,
                Closure.NAME_MAX_LENGTH));
    }
}
