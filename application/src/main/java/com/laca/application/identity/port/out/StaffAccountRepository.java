package com.laca.application.identity.port.out;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's staff accounts. */
public interface StaffAccountRepository {

    Optional<StaffAccount> findByEmail(EmailAddress email);

    Optional<StaffAccount> findById(UserId id);

    List<StaffAccount> listAll();

    /**
     * Every staff account of the tenant, each locked until the transaction ends, so two changes that count the
     * clinic's owners (two managers demoting the last two owners at once) run one after the other and the second
     * counts what the first left. A store that already runs its transactions one at a time may answer
     * {@link #listAll()}.
     */
    List<StaffAccount> listAllForUpdate();

    /** Stores a new account; throws {@link com.laca.application.shared.ConflictException} if the e-mail is taken. */
    void insert(StaffAccount account);

    void update(StaffAccount account);
}
