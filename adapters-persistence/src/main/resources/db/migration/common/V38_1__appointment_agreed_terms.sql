-- A booking keeps the terms it was made on: the price, the deposit and the free-cancellation notice agreed at booking
-- are stored with the appointment, so a later change to the treatment's price or deposit, or to the clinic's
-- cancellation window, applies to new bookings only. The notice is kept (not a deadline), so a moved booking's
-- deadline follows its new start by the agreed notice.
--
-- Existing appointments get the best that is known of their terms: the price their payment ledger was opened at
-- (at booking, for a booking with a deposit), else the treatment's current price; the deposit first asked for in that
-- ledger (requested by card or due at the desk), else the treatment's current deposit rule applied to that price
-- (the rule DepositPolicy applies: a percentage rounded half up, then the minimum, the maximum, and never above the
-- price); and the clinic's current free-cancellation window (48 hours when it never set one). On PostgreSQL the owner
-- running this is released from row-level security by V38 and bound again by V38_1_1.

alter table appointments add column agreed_price_minor bigint;
alter table appointments add column agreed_deposit_minor bigint;
alter table appointments add column agreed_currency char(3);
alter table appointments add column agreed_free_cancellation_minutes integer;

update appointments set
    agreed_price_minor = (select t.price_minor_units from treatments t
        where t.tenant_id = appointments.tenant_id and t.id = appointments.treatment_id),
    agreed_currency = (select t.currency from treatments t
        where t.tenant_id = appointments.tenant_id and t.id = appointments.treatment_id);

update appointments set
    agreed_price_minor = (select l.price_minor from payment_ledgers l
        where l.tenant_id = appointments.tenant_id and l.appointment_id = appointments.id),
    agreed_currency = (select l.currency from payment_ledgers l
        where l.tenant_id = appointments.tenant_id and l.appointment_id = appointments.id)
where exists (select 1 from payment_ledgers l
    where l.tenant_id = appointments.tenant_id and l.appointment_id = appointments.id);

update appointments set agreed_deposit_minor = (select case t.deposit_kind
        when 'FIXED' then least(t.deposit_minor_units, appointments.agreed_price_minor)
        when 'PERCENTAGE' then least(appointments.agreed_price_minor,
            coalesce(t.deposit_maximum_minor_units, appointments.agreed_price_minor),
            greatest(coalesce(t.deposit_minimum_minor_units, 0),
                (appointments.agreed_price_minor / 10000) * t.deposit_basis_points
                    + (mod(appointments.agreed_price_minor, 10000) * t.deposit_basis_points + 5000) / 10000))
        else 0 end
    from treatments t where t.tenant_id = appointments.tenant_id and t.id = appointments.treatment_id);

update appointments set agreed_deposit_minor = (select e.amount_minor from payment_ledger_entries e
        where e.tenant_id = appointments.tenant_id and e.appointment_id = appointments.id
          and e.position = (select min(f.position) from payment_ledger_entries f
              where f.tenant_id = appointments.tenant_id and f.appointment_id = appointments.id
                and f.kind in ('DEPOSIT_REQUESTED', 'DEPOSIT_DUE_AT_DESK') and f.currency = appointments.agreed_currency))
where exists (select 1 from payment_ledger_entries e
    where e.tenant_id = appointments.tenant_id and e.appointment_id = appointments.id
      and e.kind in ('DEPOSIT_REQUESTED', 'DEPOSIT_DUE_AT_DESK') and e.currency = appointments.agreed_currency);

update appointments set agreed_free_cancellation_minutes = coalesce((select p.free_cancellation_minutes
    from booking_policies p where p.tenant_id = appointments.tenant_id), 2880);

alter table appointments alter column agreed_price_minor set not null;
alter table appointments alter column agreed_deposit_minor set not null;
alter table appointments alter column agreed_currency set not null;
alter table appointments alter column agreed_free_cancellation_minutes set not null;
alter table appointments add constraint ck_appointments_agreed_terms
    check (agreed_price_minor >= 0 and agreed_deposit_minor >= 0 and agreed_free_cancellation_minutes >= 0);
