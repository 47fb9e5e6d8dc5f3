package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's courses and their versions in memory; a version number is taken once per course. */
public final class InMemoryCourseRepository implements CourseRepository {

    private record VersionKey(CourseId course, int number) {
    }

    private final TenantTable<CourseId, Course> courses;
    private final TenantTable<VersionKey, CourseVersion> versions;

    public InMemoryCourseRepository(InMemoryTransactionRunner tx) {
        this.courses = new TenantTable<>(tx);
        this.versions = new TenantTable<>(tx);
    }

    @Override
    public void insert(Course course) {
        if (courses.find(course.id()).isPresent()) {
            throw new ConflictException("course " + course.id() + " already exists");
        }
        courses.put(course.id(), course);
    }

    @Override
    public void update(Course course) {
        if (courses.find(course.id()).isEmpty()) {
            throw new NotFoundException("course", course.id());
        }
        courses.put(course.id(), course);
    }

    @Override
    public Optional<Course> find(CourseId id) {
        return courses.find(id);
    }

    @Override
    public List<Course> list() {
        return courses.values().sorted(Comparator.comparing(Course::title).thenComparing(c -> c.id().toString()))
                .toList();
    }

    @Override
    public void insertVersion(CourseVersion version) {
        if (courses.find(version.course()).isEmpty()) {
            throw new ConflictException("no course " + version.course() + " in this academy");
        }
        VersionKey key = new VersionKey(version.course(), version.number());
        if (versions.find(key).isPresent()) {
            throw new ConflictException("version " + version.number() + " of course " + version.course()
                    + " is already published");
        }
        versions.put(key, version);
    }

    @Override
    public Optional<CourseVersion> findVersion(CourseId course, int number) {
        return versions.find(new VersionKey(course, number));
    }

    @Override
    public Optional<CourseVersion> currentVersion(CourseId course) {
        return versions.values().filter(v -> v.course().equals(course))
                .max(Comparator.comparingInt(CourseVersion::number));
    }
}
