package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One reviewed version of the contraindication rules together with the questionnaire they read; it refuses to exist
 * if a rule reads a question that is missing, of the wrong type, or not asked for the rule's categories, so a typo in
 * the rule file fails at load time instead of silently never matching.
 *
 * <p>Immutable and thread-safe; the rules are indexed by category once, so evaluation does no filtering.
 */
public final class RuleSet {

    private final String version;
    private final Questionnaire questionnaire;
    private final List<ContraindicationRule> rules;
    private final Map<TreatmentCategory, List<ContraindicationRule>> byCategory;

    /**
     * @param version       label recorded with every decision, e.g. {@code 2026.1}
     * @param questionnaire the questions the rules read
     * @param rules         the rules, in file order
     */
    public RuleSet(String version, Questionnaire questionnaire, List<ContraindicationRule> rules) {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > 40) {
            throw new IllegalArgumentException("rule set version must be 1-40 characters");
        }
        this.version = version;
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<String> ids = new HashSet<>();
        for (ContraindicationRule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
            }
            requireConsistent(rule, questionnaire);
        }
        Map<TreatmentCategory, List<ContraindicationRule>> index = new EnumMap<>(TreatmentCategory.class);
        for (TreatmentCategory category : TreatmentCategory.values()) {
            index.put(category, this.rules.stream().filter(r -> r.categories().contains(category)).toList());
        }
        this.byCategory = index;
    }

    public String version() {
        return version;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public List<ContraindicationRule> rules() {
        return rules;
    }

    /** The rules that apply to a category, in file order. */
    public List<ContraindicationRule> rulesFor(TreatmentCategory category) {
        return byCategory.get(category);
    }

    private static void requireConsistent(ContraindicationRule rule, Questionnaire questionnaire) {
        List<Condition> leaves = new ArrayList<>();
        collectLeaves(rule.when(), leaves);
        for (Condition leaf : leaves) {
            QuestionId id = leaf.questions().get(0);
            Question question = requireAsked(rule, questionnaire, id);
            if (leaf instanceof Condition.Yes && question.type() != AnswerType.YES_NO) {
                throw new IllegalArgumentException("rule " + rule.id() + ": " + id + " is not a yes/no question");
            }
            if (leaf instanceof Condition.ChoiceIn choice && (question.type() != AnswerType.CHOICE
                    || !question.options().containsAll(choice.options()))) {
                throw new IllegalArgumentException("rule " + rule.id() + ": " + id + " has no such options");
            }
        }
        if (rule.outcome().kind() == OutcomeKind.DEFER_UNTIL) {
            Question from = requireAsked(rule, questionnaire, rule.outcome().deferFrom());
            if (from.type() != AnswerType.DATE) {
                throw new IllegalArgumentException("rule " + rule.id() + ": a deferral counts from a DATE question");
            }
        }
    }

    private static Question requireAsked(ContraindicationRule rule, Questionnaire questionnaire, QuestionId id) {
        Question question = questionnaire.question(id).orElseThrow(() -> new IllegalArgumentException(
                "rule " + rule.id() + " reads question " + id + ", which questionnaire "
                        + questionnaire.version() + " does not have"));
        if (!question.categories().containsAll(rule.categories())) {
            throw new IllegalArgumentException("rule " + rule.id() + ": question " + id
                    + " is not asked for every category the rule applies to");
        }
        return question;
    }

    private static void collectLeaves(Condition condition, List<Condition> leaves) {
        if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> collectLeaves(c, leaves));
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> collectLeaves(c, leaves));
        } else {
            leaves.add(condition);
        }
    }

    @Override
    public String toString() {
        return "RuleSet[" + version + ", " + rules.size() + " rules, questionnaire " + questionnaire.version() + "]";
    }
}
