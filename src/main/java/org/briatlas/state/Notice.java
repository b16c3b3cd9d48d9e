package org.briatlas.state;

import java.util.List;

/**
 * Something the user must see in a dialog (a file that could not be read, the problems found in a layer,
 * a missing base map), until dismissed. Kept as resource keys so that it shows in the window's language;
 * the detail and the lines (problem reports, reasons from files) are shown as they are. Immutable.
 *
 * @param id        id of the dialog's pane (for tests and styling), e.g. "data-problems"
 * @param severity  information, warning or error
 * @param titleKey  resource key of the dialog's title
 * @param headerKey resource key of its header, or null
 * @param detail    the message, or an empty string
 * @param lines     a list to show (problems), possibly empty
 */
public record Notice(String id, StatusMessage.Severity severity, String titleKey, String headerKey, String detail,
                     List<String> lines) {

    public Notice {
        lines = List.copyOf(lines);
        detail = detail == null ? "" : detail;
    }
}
