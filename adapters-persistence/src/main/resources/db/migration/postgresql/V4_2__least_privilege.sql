-- The application role keeps only the rights the code uses. Rows below are never deleted (appointments are cancelled,
-- ledgers only grow), and processed webhook events and intent routes are written once: losing one would let the
-- same payment be applied twice or stop a webhook finding its clinic.
revoke update, delete on processed_payment_events, payment_intent_routes from ${appRole};
revoke delete on tenants, staff_accounts, refresh_tokens, one_time_tokens, clients, appointments, booking_policies,
    payment_ledgers, payment_intents, payment_dead_letters, tenant_payment_accounts, reference_versions
    from ${appRole};
