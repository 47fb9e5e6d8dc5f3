package com.laca.application.records.service;

import com.laca.application.records.port.in.EraseClientUseCase;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ErasureRequestRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureRequestId;
import com.laca.domain.records.FinancialRecordRetention;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.records.RecordPart;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Carries out an erasure request in one transaction: gathers what the clinic holds about the client (and the records
 * merged into it) and the dates retention derives from, lets {@link com.laca.domain.records.ErasurePlanner} decide,
 * erases at once what it may (marketing consents, contact preferences, general notes), records each step as done and
 * stores the request, so the answer and the record of it cannot disagree. What stays is purged later by the retention
 * job; parts planned for erasure that only go with the client row itself (identity, contact details, appointment
 * history, audit: a client always has an e-mail or phone) stay pending until the purge job removes the row.
 *
 * <p>Payment records are not gathered: the records area does not depend on the payment area; they are kept under the
 * accounting rule by the payment area itself.
 */
public final class EraseClientService implements EraseClientUseCase {

    private static final Set<RecordPart> ERASED_HERE = EnumSet.of(RecordPart.MARKETING_CONSENT,
            RecordPart.CONTACT_PREFERENCES, RecordPart.GENERAL_NOTES);

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final StaffNoteRepository notes;
    private final RecordHoldingsReader holdings;
    private final LegalHoldRepository holds;
    private final ErasureRequestRepository erasures;
    private final Clock clock;

    public EraseClientService(TransactionRunner tx, ClientProfileRepository profiles, StaffNoteRepository notes,
                              RecordHoldingsReader holdings, LegalHoldRepository holds,
                              ErasureRequestRepository erasures, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.holdings = Objects.requireNonNull(holdings, "holdings");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.erasures = Objects.requireNonNull(erasures, "erasures");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ErasureRequest erase(Caller caller, ClientId client) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(Permission.RECORDS_AUDIT);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            ClientProfile profile = FindClientsService.load(profiles, client);
            List<ClientId> ids = holdings.withMerged(client);
            ErasureRequest request = ErasureRequest.receive(ErasureRequestId.random(), holdings.holdings(profile, ids),
                    holds.of(client), FinancialRecordRetention.UK_COMPANY_DEFAULT, now, caller.userId());
            List<RecordPart> pending = request.pendingErasures();
            ClientProfile after = profile;
            if (pending.contains(RecordPart.MARKETING_CONSENT)) {
                after = after.withMarketing(MarketingConsent.NONE);
            }
            if (pending.contains(RecordPart.CONTACT_PREFERENCES)) {
                after = after.withContactPreferences(ContactPreferences.NONE);
            }
            if (!after.equals(profile)) {
                profiles.update(after);
                profiles.append(ClientChange.erasedOnRequest(profile, after, caller.userId(), now));
            }
            if (pending.contains(RecordPart.GENERAL_NOTES)) {
                notes.eraseGeneral(ids);
            }
            for (RecordPart part : pending) {
                if (ERASED_HERE.contains(part)) {
                    request = request.recordErased(part, caller.userId(), now);
                }
            }
            erasures.insert(request);
            return request;
        });
    }
}
