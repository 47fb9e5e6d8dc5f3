package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.QuestionBankRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's question banks and every question version in memory; a version is written once. */
public final class InMemoryQuestionBankRepository implements QuestionBankRepository {

    private record Stored(QuestionBankId bank, Question question, long order) {
    }

    private final TenantTable<QuestionBankId, QuestionBank> bankTable;
    private final TenantTable<QuestionKey, Stored> questions;
    private long counter;

    public InMemoryQuestionBankRepository(InMemoryTransactionRunner tx) {
        this.bankTable = new TenantTable<>(tx);
        this.questions = new TenantTable<>(tx);
    }

    @Override
    public void insertBank(QuestionBank bank) {
        if (bankTable.find(bank.id()).isPresent()) {
            throw new ConflictException("question bank " + bank.id() + " exists");
        }
        bankTable.put(bank.id(), bank);
    }

    @Override
    public Optional<QuestionBank> findBank(QuestionBankId id) {
        return bankTable.find(id);
    }

    @Override
    public List<QuestionBank> listBanks() {
        return bankTable.values().sorted(Comparator.comparing(QuestionBank::title)).toList();
    }

    @Override
    public synchronized void insertQuestion(QuestionBankId bank, Question question) {
        if (bankTable.find(bank).isEmpty()) {
            throw new ConflictException("no question bank " + bank);
        }
        if (questions.find(question.key()).isPresent()) {
            throw new ConflictException("question version " + question.key() + " exists");
        }
        Optional<QuestionBankId> home = bankOf(question.id());
        if (home.isPresent() && !home.get().equals(bank)) {
            throw new ConflictException("question " + question.id() + " belongs to another bank");
        }
        questions.put(question.key(), new Stored(bank, question, counter++));
    }

    @Override
    public Optional<Question> findQuestion(QuestionKey key) {
        return questions.find(key).map(Stored::question);
    }

    @Override
    public Optional<Question> currentQuestion(QuestionId id) {
        return questions.values().filter(s -> s.question().id().equals(id)).map(Stored::question)
                .max(Comparator.comparingInt(q -> q.key().version()));
    }

    @Override
    public Optional<QuestionBankId> bankOf(QuestionId id) {
        return questions.values().filter(s -> s.question().id().equals(id)).map(Stored::bank).findFirst();
    }

    @Override
    public List<Question> currentQuestions(QuestionBankId bank) {
        return questions.values().filter(s -> s.bank().equals(bank) && s.question().key().version() == 1)
                .sorted(Comparator.comparingLong(Stored::order))
                .map(s -> currentQuestion(s.question().id()).orElseThrow()).toList();
    }
}
