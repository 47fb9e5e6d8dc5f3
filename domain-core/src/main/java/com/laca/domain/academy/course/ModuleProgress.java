package com.laca.domain.academy.course;

import com.laca.domain.academy.ModuleId;
import java.util.Objects;

/**
 * How far a learner is through one module, derived from lesson completions.
 *
 * @param completedRequired required lessons of the module the learner has completed
 * @param required          required lessons in the module
 */
public record ModuleProgress(ModuleId module, int completedRequired, int required) {

    public ModuleProgress {
        Objects.requireNonNull(module, "module");
        if (completedRequired < 0 || completedRequired > required) {
            throw new IllegalArgumentException("completed lessons must be between 0 and the required lessons");
        }
    }

    /** Complete when every required lesson is; a module with no required lesson is complete. */
    public boolean complete() {
        return completedRequired == required;
    }
}
