package dev.eddy.cli;

/**
 * A command line that cannot be run, reported as CPython reports it: the problem on one line,
 * then the usage line and a hint; exit status 2.
 */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
