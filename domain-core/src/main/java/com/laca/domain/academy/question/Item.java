package com.laca.domain.academy.question;

import com.laca.domain.academy.Texts;

/**
 * Something a learner places or pairs in a matching or ordering question, with a key so responses never depend on
 * the order it was shown in.
 *
 * @param key  unique within the question
 * @param text what the learner sees
 */
public record Item(String key, String text) {

    public Item {
        Texts.key(key, "item key");
        text = Texts.required(text, "item text", 500);
    }
}
