package com.laca.application.clinic.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.PersistenceContract;
import com.laca.application.shared.VersionConflictException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClinicRecordRepository} must do, whatever stores it: keep every field, page in a stable order,
 * refuse stale versions, and keep each tenant's records to that tenant.
 *
 * @param <T>  the domain record
 * @param <ID> its typed id
 */
public abstract class ClinicRecordRepositoryContract<T, ID> extends PersistenceContract {

    protected abstract ClinicRecordRepository<T, ID> repository();

    /**
     * A new record at version 0 with every optional field set; runs in the tenant's transaction, so it may first
     * store what the record refers to.
     */
    protected abstract T newRecord(String name);

    /** The record with every field but id and version changed; runs in the tenant's transaction, like newRecord. */
    protected abstract T changed(T record);

    protected abstract ID idOf(T record);

    protected abstract long versionOf(T record);

    protected abstract T atVersion(T record, long version);

    private T storedInA(String name) {
        return inA(() -> {
            T record = newRecord(name);
            repository().insert(record);
            return record;
        });
    }

    @Test
    @DisplayName("a stored record reads back with every field, at version 0")
    void roundTrip() {
        T record = storedInA("Alpha");

        assertThat(inA(() -> repository().find(idOf(record)))).contains(record);
        assertThat(versionOf(record)).isZero();
    }

    @Test
    @DisplayName("an update replaces every field and returns the record at the next version")
    void update() {
        T record = storedInA("Alpha");
        T change = inA(() -> changed(record));

        T updated = inA(() -> repository().update(change));

        assertThat(updated).isEqualTo(atVersion(change, 1));
        assertThat(inA(() -> repository().find(idOf(record)))).contains(atVersion(change, 1));
        T again = inA(() -> repository().update(updated));
        assertThat(versionOf(again)).isEqualTo(2);
    }

    @Test
    @DisplayName("an update from a stale version is refused and changes nothing")
    void staleUpdate() {
        T record = storedInA("Alpha");
        T change = inA(() -> changed(record));
        inA(() -> repository().update(change));

        assertThatThrownBy(() -> inA(() -> repository().update(record))).isInstanceOf(VersionConflictException.class);
        assertThat(inA(() -> repository().find(idOf(record)))).contains(atVersion(change, 1));
    }

    @Test
    @DisplayName("of two updates racing from the same version, one wins and the other is a version conflict")
    void racingUpdates() {
        T record = storedInA("Alpha");
        T change = inA(() -> changed(record));
        CountDownLatch bothRead = new CountDownLatch(2);
        List<CompletableFuture<Object>> racers = List.of(record, change).stream()
                .map(next -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return (Object) inA(() -> {
                            repository().find(idOf(record));
                            bothRead.countDown();
                            awaitBriefly(bothRead);
                            return repository().update(next);
                        });
                    } catch (VersionConflictException e) {
                        return e;
                    }
                }))
                .toList();

        List<Object> outcomes = racers.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes).filteredOn(VersionConflictException.class::isInstance).hasSize(1);
        assertThat(inA(() -> repository().find(idOf(record)))).get().extracting(this::versionOf).isEqualTo(1L);
    }

    /** Lets both racers read before either writes; a store running one transaction at a time lets the wait expire. */
    private static void awaitBriefly(CountDownLatch latch) {
        try {
            latch.await(300, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("updating or deleting a record that does not exist is 'not found'")
    void missing() {
        T record = inA(() -> newRecord("Ghost"));

        assertThat(inA(() -> repository().find(idOf(record)))).isEmpty();
        assertThatThrownBy(() -> inA(() -> repository().update(record))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> doInA(() -> repository().delete(idOf(record), 0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a record is deleted at its current version, but not from a stale one")
    void delete() {
        T record = storedInA("Alpha");

        assertThatThrownBy(() -> doInA(() -> repository().delete(idOf(record), 7)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(inA(() -> repository().find(idOf(record)))).isPresent();

        doInA(() -> repository().delete(idOf(record), 0));
        assertThat(inA(() -> repository().find(idOf(record)))).isEmpty();
    }

    @Test
    @DisplayName("storing a second record with the same id is a conflict")
    void duplicate() {
        T record = storedInA("Alpha");

        assertThatThrownBy(() -> doInA(() -> repository().insert(record))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("pages come in name order with the total count")
    void paging() {
        List<T> stored = List.of(storedInA("Record 3"), storedInA("Record 1"), storedInA("Record 5"),
                storedInA("Record 2"), storedInA("Record 4"));

        Page<T> first = inA(() -> repository().list(new PageRequest(0, 2)));
        Page<T> last = inA(() -> repository().list(new PageRequest(2, 2)));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).containsExactly(stored.get(1), stored.get(3));
        assertThat(last.items()).containsExactly(stored.get(2));
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("another tenant can neither see, list, update nor delete the record")
    void tenantIsolation() {
        T record = storedInA("Alpha");

        assertThat(inB(() -> repository().find(idOf(record)))).isEmpty();
        assertThat(inB(() -> repository().list(new PageRequest(0, 10))).total()).isZero();
        assertThatThrownBy(() -> inB(() -> repository().update(record))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> doInB(() -> repository().delete(idOf(record), 0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(inA(() -> repository().find(idOf(record)))).contains(record);
    }

    @Test
    @DisplayName("a record another tenant stores under the same id is a separate record; changing it leaves ours alone")
    void sameIdInAnotherTenant() {
        T record = storedInA("Alpha");

        T twin = inB(() -> {
            T sameId = atVersion(changed(record), 0);
            repository().insert(sameId);
            return sameId;
        });
        T twinUpdated = inB(() -> repository().update(twin));
        doInB(() -> repository().delete(idOf(twin), versionOf(twinUpdated)));

        assertThat(inA(() -> repository().find(idOf(record)))).contains(record);
        assertThat(inB(() -> repository().find(idOf(record)))).isEmpty();
    }

    @Test
    @DisplayName("tenant-owned records cannot be reached from platform work or outside a transaction")
    void needsTenantTransaction() {
        assertThatThrownBy(() -> platform(() -> repository().list(new PageRequest(0, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository().list(new PageRequest(0, 1))).isInstanceOf(IllegalStateException.class);
    }
}
