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

    /** Stores a new account; throws {@link com.laca.application.shared.ConflictException} if the e-mail is taken. */
    void insert(StaffAccount account);

    void update(StaffAccount account);
}
