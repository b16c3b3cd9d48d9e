package org.briatlas.model;

/**
 * Something wrong in an input file, located precisely enough for a user to find and fix it.
 *
 * @param source       file or resource name
 * @param featureIndex index of the feature in its collection (0-based), or -1 if the problem is not in a feature
 *                     (a document-level problem: the file as a whole, or content outside any feature)
 * @param featureId    the feature's id if it has one, else null
 * @param line         line in the file (1-based), or -1 if unknown
 * @param column       column in that line (1-based, counted in bytes of the UTF-8 file), or -1 if unknown
 * @param message      what is wrong, in plain words
 */
public record ReadProblem(String source, int featureIndex, String featureId, int line, int column, String message) {

    /** A problem whose column is unknown. */
    public ReadProblem(String source, int featureIndex, String featureId, int line, String message) {
        this(source, featureIndex, featureId, line, -1, message);
    }

    /** One line for logs and dialogs: "file.geojson, line 12, column 5, feature 3 (id x): message". */
    public String describe() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (featureIndex >= 0) {
            sb.append(", feature ").append(featureIndex);
            if (featureId != null) {
                sb.append(" (id ").append(featureId).append(')');
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
