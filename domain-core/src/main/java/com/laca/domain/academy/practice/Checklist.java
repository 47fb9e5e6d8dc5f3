package com.laca.domain.academy.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of items that must all be ticked before a case can count, because a treatment without consent or a proper
 * consultation is not training anyone should be credited for.
 *
 * @param items every item is required; may be empty
 */
public record Checklist(List<ChecklistItem> items) {

    public Checklist {
        items = List.copyOf(items);
        Set<String> keys = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!keys.add(item.key())) {
                throw new IllegalArgumentException("duplicate checklist item: " + item.key());
            }
        }
    }

    /** Whether {@code key} is one of this checklist's items. */
    public boolean contains(String key) {
        return items.stream().anyMatch(item -> item.key().equals(key));
    }

    /** The labels of the items not ticked, in the checklist's order. */
    public List<String> missing(Set<String> ticked) {
        return items.stream().filter(item -> !ticked.contains(item.key())).map(ChecklistItem::label).toList();
    }
}
