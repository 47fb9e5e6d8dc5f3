package com.laca.application.payment.port.out;

import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Idempotency keys")
class IdempotencyKeysTest {

    private final TenantId tenant = TenantId.parse("11111111-1111-1111-1111-111111111111");
    private final AppointmentId appointment = AppointmentId.parse("22222222-2222-2222-2222-222222222222");

    @Test
    @DisplayName("the deposit key depends only on tenant and appointment, so a retry reuses it")
    void depositKey() {
        assertThat(IdempotencyKeys.depositIntent(tenant, appointment).value())
                .isEqualTo("deposit-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222");
        assertThat(IdempotencyKeys.depositIntent(tenant, appointment))
                .isEqualTo(IdempotencyKeys.depositIntent(tenant, appointment));
    }

    @Test
    @DisplayName("different appointments never share a deposit key")
    void differentAppointments() {
        assertThat(IdempotencyKeys.depositIntent(tenant, appointment))
                .isNotEqualTo(IdempotencyKeys.depositIntent(tenant, AppointmentId.random()));
    }

    @Test
    @DisplayName("a staff refund key includes the key the browser sent")
    void refundKey() {
        assertThat(IdempotencyKeys.refund(tenant, appointment, "abc-123").value())
                .isEqualTo("refund-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222-abc-123");
    }

    @Test
    @DisplayName("a browser key with unsafe characters or of excessive length is refused")
    void unsafeClientKey() {
        assertThatThrownBy(() -> IdempotencyKeys.refund(tenant, appointment, "a b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyKeys.refund(tenant, appointment, "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyKeys.refund(tenant, appointment, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the automatic refund of a late payment has one key per payment")
    void automaticRefundKey() {
        assertThat(IdempotencyKeys.automaticRefund(tenant, appointment, PaymentIntentId.of("pi_9")).value())
                .isEqualTo("auto-refund-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222-pi_9");
    }

    @Test
    @DisplayName("a key is at most 255 safe characters")
    void keyShape() {
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyKey("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
    }
}
