package org.briatlas.carto;

/**
 * The base map could not be read: a data file is missing, unreadable or damaged. The message names the
 * file and what went wrong, in words fit for the user.
 */
public class BaseMapException extends RuntimeException {

    private final String resource;

    public BaseMapException(String resource, String message, Throwable cause) {
        super(resource + ": " + message, cause);
        this.resource = resource;
    }

    /** The base-map file at fault, relative to geo/basemap/. */
    public String resource() {
        return resource;
    }
}
