package org.briatlas.cli;

/** A command line the atlas cannot act on; the message says what is wrong with it. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
