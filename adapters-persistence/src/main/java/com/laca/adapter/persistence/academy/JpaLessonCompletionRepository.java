package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Stores lesson completions in {@code academy_lesson_completions}, whose primary key keeps one per learner and
 * lesson; the application role may insert and read them, never change one.
 */
public final class JpaLessonCompletionRepository extends JpaRepositorySupport implements LessonCompletionRepository {

    public JpaLessonCompletionRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public boolean record(CourseId course, LessonCompletion completion) {
        EntityManager em = tenantEm();
        if (em.find(LessonCompletionJpaEntity.class, LessonCompletionJpaEntity.key(course, completion)) != null) {
            return false;
        }
        em.persist(new LessonCompletionJpaEntity(course, completion));
        flush(em, "lesson completion", completion.lesson(), "the lesson was completed at the same moment, or the "
                + "course or learner is not in this academy");
        return true;
    }

    @Override
    public List<LessonCompletion> listFor(CourseId course, UserId learner) {
        return tenantEm().createQuery("select c from LessonCompletionJpaEntity c where c.courseId = :course "
                        + "and c.learnerId = :learner order by c.completedAt, c.lessonId",
                        LessonCompletionJpaEntity.class)
                .setParameter("course", course.toString()).setParameter("learner", learner.toString())
                .getResultList().stream().map(LessonCompletionJpaEntity::toDomain).toList();
    }
}
