package com.laca.adapter.persistence.consent;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.BlockKind;
import com.laca.domain.consent.ConsentBlock;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A row of {@code consent_templates}, written once; the blocks are kept in one column, one line per block of
 * {@code KIND|heading|text} with heading and text URL-encoded, since they are only ever read whole.
 */
@Entity
@Table(name = "consent_templates")
class ConsentTemplateJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "category")
    private String category;
    @Column(name = "jurisdiction")
    private String jurisdiction;
    @Column(name = "version")
    private int version;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "title")
    private String title;
    @Column(name = "blocks", length = 200_000)
    private String blocks;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ConsentTemplateJpaEntity() {
    }

    ConsentTemplateJpaEntity(ConsentTemplate template, Instant createdAt) {
        id = template.id().toString();
        category = template.category().name();
        jurisdiction = template.jurisdiction();
        version = template.version();
        effectiveFrom = template.effectiveFrom();
        title = template.title();
        blocks = template.blocks().stream()
                .map(b -> b.kind().name() + "|" + encode(b.heading()) + "|" + encode(b.text()))
                .collect(Collectors.joining("\n"));
        this.createdAt = Columns.timestamp(createdAt);
    }

    ConsentTemplate toDomain() {
        List<ConsentBlock> parsed = blocks.isEmpty() ? List.of() : Arrays.stream(blocks.split("\n"))
                .map(line -> line.split("\\|", -1))
                .map(parts -> new ConsentBlock(BlockKind.valueOf(parts[0]), decode(parts[1]), decode(parts[2])))
                .toList();
        return new ConsentTemplate(ConsentTemplateId.parse(id), TreatmentCategory.valueOf(category), jurisdiction,
                version, effectiveFrom, title, parsed);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
