package com.laca.application.clinic.port.in;

import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;

/**
 * Create, read, update and delete one kind of clinic record in the caller's tenant, with optimistic locking; reading
 * needs {@code SETTINGS_VIEW}, changing needs {@code SETTINGS_MANAGE}.
 *
 * @param <T>  the domain record
 * @param <ID> its typed id
 * @param <D>  the draft holding every field a client may set
 */
public interface ManageClinicRecordsUseCase<T, ID, D> {

    Page<T> list(Caller caller, PageRequest page);

    T get(Caller caller, ID id);

    T create(Caller caller, D draft);

    T update(Caller caller, ID id, long expectedVersion, D draft);

    void delete(Caller caller, ID id, long expectedVersion);
}
