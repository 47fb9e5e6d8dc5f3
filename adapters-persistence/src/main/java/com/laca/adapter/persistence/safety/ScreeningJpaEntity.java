package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Answer;
import com.laca.domain.safety.Answers;
import com.laca.domain.safety.QuestionId;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of {@code screenings}, written once. The answers are one text column, {@code code=TYPE:value} pairs joined by
 * {@code &} with the value URL-encoded, so free text cannot break the encoding and the answers come back with their
 * types; they are never queried by content.
 */
@Entity
@Table(name = "screenings")
class ScreeningJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "questionnaire_version")
    private String questionnaireVersion;
    @Column(name = "categories")
    private String categories;
    @Column(name = "answers")
    private String answers;
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;
    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    protected ScreeningJpaEntity() {
    }

    ScreeningJpaEntity(Screening screening) {
        id = screening.id().value().toString();
        clientId = screening.client().toString();
        questionnaireVersion = screening.questionnaireVersion();
        categories = Columns.codes(EnumSet.copyOf(screening.categories()));
        answers = encode(screening.answers());
        answeredAt = Columns.timestamp(screening.answeredAt());
        confirmedAt = Columns.timestamp(screening.confirmedAt());
    }

    Screening toDomain() {
        Set<TreatmentCategory> covered = Columns.codes(categories).stream().map(TreatmentCategory::valueOf)
                .collect(Collectors.toSet());
        return new Screening(ScreeningId.parse(id), ClientId.parse(clientId), questionnaireVersion, covered,
                decode(answers), Columns.instant(answeredAt), Columns.instant(confirmedAt));
    }

    static String encode(Answers answers) {
        return answers.asMap().entrySet().stream()
                .map(e -> e.getKey().value() + "=" + type(e.getValue()) + ":"
                        + URLEncoder.encode(e.getValue().text(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Answers decode(String text) {
        Map<QuestionId, Answer> byQuestion = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split("&")) {
                int equals = pair.indexOf('=');
                int colon = pair.indexOf(':', equals);
                String value = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
                byQuestion.put(new QuestionId(pair.substring(0, equals)), switch (pair.substring(equals + 1, colon)) {
                    case "Y" -> new Answer.YesNo(value.equals("yes"));
                    case "D" -> new Answer.DateValue(LocalDate.parse(value));
                    case "C" -> new Answer.Choice(value);
                    case "T" -> new Answer.Text(value);
                    default -> throw new IllegalStateException("unknown stored answer type");
                });
            }
        }
        return Answers.reconstitute(byQuestion);
    }

    private static String type(Answer answer) {
        if (answer instanceof Answer.YesNo) {
            return "Y";
        }
        if (answer instanceof Answer.DateValue) {
            return "D";
        }
        return answer instanceof Answer.Choice ? "C" : "T";
    }
}
