package com.laca.domain.academy.certificate;

import com.laca.domain.academy.course.UnmetCriterion;
import java.util.List;
import java.util.Objects;

/** The answer to issuing a certificate, sealed so a repeat issue and an ineligible learner are both handled. */
public sealed interface IssueResult {

    /**
     * A new certificate, to be saved (under a unique constraint on its key).
     *
     * @param certificate the certificate
     */
    record Issued(Certificate certificate) implements IssueResult {

        public Issued {
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /**
     * A certificate with this key exists: it is the answer, and nothing new is issued.
     *
     * @param certificate the existing certificate (latest revision)
     */
    record AlreadyIssued(Certificate certificate) implements IssueResult {

        public AlreadyIssued {
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /**
     * The learner has not completed the course version.
     *
     * @param missing what completion still needs
     */
    record NotEligible(List<UnmetCriterion> missing) implements IssueResult {

        public NotEligible {
            missing = List.copyOf(missing);
        }
    }
}
