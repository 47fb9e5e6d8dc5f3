package com.laca.domain.academy.practice;

import com.laca.domain.academy.Texts;

/**
 * One thing the trainee must confirm was done for a case, e.g. "written consent signed" or "medical history taken".
 *
 * @param key   stable within the checklist
 * @param label what the trainee ticks
 */
public record ChecklistItem(String key, String label) {

    public ChecklistItem {
        Texts.key(key, "checklist item key");
        label = Texts.required(label, "checklist item", 300);
    }
}
