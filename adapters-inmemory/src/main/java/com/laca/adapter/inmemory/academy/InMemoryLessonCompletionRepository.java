package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;

/** Keeps lesson completions in memory; the first completion of a lesson by a learner stands. */
public final class InMemoryLessonCompletionRepository implements LessonCompletionRepository {

    private record Key(CourseId course, UserId learner, LessonId lesson) {
    }

    private record Row(CourseId course, LessonCompletion completion) {
    }

    private final TenantTable<Key, Row> table;

    public InMemoryLessonCompletionRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public boolean record(CourseId course, LessonCompletion completion) {
        Key key = new Key(course, completion.learner(), completion.lesson());
        if (table.find(key).isPresent()) {
            return false;
        }
        table.put(key, new Row(course, completion));
        return true;
    }

    @Override
    public List<LessonCompletion> listFor(CourseId course, UserId learner) {
        return table.values().filter(row -> row.course().equals(course) && row.completion().learner().equals(learner))
                .map(Row::completion)
                .sorted(Comparator.comparing(LessonCompletion::completedAt)
                        .thenComparing(c -> c.lesson().toString()))
                .toList();
    }
}
