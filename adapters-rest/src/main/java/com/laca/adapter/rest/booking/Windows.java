package com.laca.adapter.rest.booking;

import com.laca.application.shared.InvalidInputException;
import com.laca.domain.scheduling.TimeWindow;
import java.util.ArrayList;
import java.util.List;

/** Converts a JSON list of windows, naming each bad entry by its index so a rota editor can highlight it. */
final class Windows {

    private static final int MAX_WINDOWS = 24;

    private Windows() {
    }

    static List<TimeWindow> of(List<WindowJson> windows, String field) {
        if (windows == null) {
            throw new InvalidInputException(field, "is required (an empty list means not working)");
        }
        if (windows.size() > MAX_WINDOWS) {
            throw new InvalidInputException(field, "must have at most " + MAX_WINDOWS + " entries");
        }
        List<TimeWindow> converted = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            WindowJson window = windows.get(i);
            if (window == null) {
                throw new InvalidInputException(field + "[" + i + "]", "is required");
            }
            converted.add(window.toWindow(field + "[" + i + "]"));
        }
        return converted;
    }
}
