package com.laca.application.consent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.consent.port.in.NewTemplateCommand;
import com.laca.application.consent.port.out.ConsentTemplateRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.BlockKind;
import com.laca.domain.consent.ConsentBlock;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Consent forms kept by staff")
class ConsentTemplateServiceTest {

    private final TenantId tenant = TenantId.random();
    private final List<ConsentTemplate> stored = new ArrayList<>();
    private final ConsentTemplateService service = new ConsentTemplateService(new TransactionRunner() {
        @Override
        public <T> T inTenant(TenantId tenantId, Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T asPlatform(Supplier<T> work) {
            return work.get();
        }
    }, new ConsentTemplateRepository() {
        @Override
        public List<ConsentTemplate> all() {
            return List.copyOf(stored);
        }

        @Override
        public Optional<ConsentTemplate> find(ConsentTemplateId id) {
            return stored.stream().filter(t -> t.id().equals(id)).findFirst();
        }

        @Override
        public void insert(ConsentTemplate template) {
            stored.add(template);
        }
    });
    private final Caller owner = new Caller(UserId.random(), tenant, Set.of(Role.OWNER));

    private static List<ConsentBlock> complete() {
        return Arrays.stream(BlockKind.values()).map(kind -> new ConsentBlock(kind, kind.name(),
                "About {{treatment.name}} for {{client.fullName}}.")).toList();
    }

    private NewTemplateCommand filler(LocalDate from, List<ConsentBlock> blocks) {
        return new NewTemplateCommand(TreatmentCategory.DERMAL_FILLER, "GB-ENG", from, "Filler consent", blocks);
    }

    @Test
    @DisplayName("versions are numbered per series, and the version in effect is the latest started on the date")
    void versionsAndEffective() {
        ConsentTemplate first = service.create(owner, filler(LocalDate.of(2026, 1, 1), complete()));
        ConsentTemplate second = service.create(owner, filler(LocalDate.of(2026, 6, 1), complete()));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(service.effective(owner, TreatmentCategory.DERMAL_FILLER, "GB-ENG", LocalDate.of(2026, 5, 31)))
                .contains(first);
        assertThat(service.effective(owner, TreatmentCategory.DERMAL_FILLER, "GB-ENG", LocalDate.of(2026, 6, 1)))
                .contains(second);
        assertThat(service.effective(owner, TreatmentCategory.DERMAL_FILLER, "GB-ENG", LocalDate.of(2025, 12, 31)))
                .isEmpty();
    }

    @Test
    @DisplayName("a form without its marketing-photo section is refused, naming the section, and nothing is stored")
    void missingMandatoryBlock() {
        List<ConsentBlock> withoutMarketing = complete().stream()
                .filter(b -> b.kind() != BlockKind.PHOTO_CONSENT_MARKETING).toList();

        assertThatThrownBy(() -> service.create(owner, filler(LocalDate.of(2026, 1, 1), withoutMarketing)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("blocks"))
                        .contains("PHOTO_CONSENT_MARKETING"));
        assertThat(stored).isEmpty();
    }

    @Test
    @DisplayName("a new version cannot take effect before the version it follows")
    void dateMustMoveForward() {
        service.create(owner, filler(LocalDate.of(2026, 6, 1), complete()));

        assertThatThrownBy(() -> service.create(owner, filler(LocalDate.of(2026, 1, 1), complete())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("effectiveFrom"));
        assertThat(stored).hasSize(1);
    }

    @Test
    @DisplayName("a non-clinical category needs no form, a malformed jurisdiction is refused, and a role without "
            + "consent:manage cannot read the forms")
    void guards() {
        assertThatThrownBy(() -> service.create(owner, new NewTemplateCommand(TreatmentCategory.SKIN, "GB-ENG",
                LocalDate.of(2026, 1, 1), "Facial", complete()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create(owner, new NewTemplateCommand(TreatmentCategory.LASER, "England",
                LocalDate.of(2026, 1, 1), "Laser", complete()))).isInstanceOf(InvalidInputException.class);
        Caller student = new Caller(UserId.random(), tenant, Set.of(Role.STUDENT));
        assertThatThrownBy(() -> service.list(student)).isInstanceOf(AccessDeniedException.class);
    }
}
