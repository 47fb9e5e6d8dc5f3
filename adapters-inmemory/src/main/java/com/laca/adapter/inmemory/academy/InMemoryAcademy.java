package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;

/** The academy's in-memory stores on one transaction runner, as the JPA ones share one database. */
public final class InMemoryAcademy {

    private final InMemoryCourseRepository courses;
    private final InMemoryEnrolmentRepository enrolments;
    private final InMemoryLessonCompletionRepository lessonCompletions;
    private final InMemoryCertificateRepository certificates;

    public InMemoryAcademy(InMemoryTransactionRunner tx) {
        this.courses = new InMemoryCourseRepository(tx);
        this.enrolments = new InMemoryEnrolmentRepository(tx, courses);
        this.lessonCompletions = new InMemoryLessonCompletionRepository(tx);
        this.certificates = new InMemoryCertificateRepository(tx);
    }

    public InMemoryCertificateRepository certificates() {
        return certificates;
    }

    public InMemoryCourseRepository courses() {
        return courses;
    }

    public InMemoryEnrolmentRepository enrolments() {
        return enrolments;
    }

    public InMemoryLessonCompletionRepository lessonCompletions() {
        return lessonCompletions;
    }
}
