package io.github.ecamaven.eca.credentials;

import java.util.ArrayList;
import java.util.List;

/**
 * One fault at one request of a rotation, counted across the org and Nango: the request's number and what goes
 * wrong there. Runs a check after every request (whether it took effect or not) and records the requests made.
 */
final class Faults {

    /** What goes wrong at the chosen request. */
    enum Kind {
        /** Refused (HTTP 400); nothing changed. */
        REFUSED_4XX,
        /** HTTP 500 before anything changed. */
        FAILED_5XX,
        /** The request took effect, then the answer was HTTP 500. */
        APPLIED_THEN_5XX,
        /** The request took effect, then the answer did not come in time. */
        APPLIED_THEN_TIMEOUT,
        /** The process died before the request was sent. */
        DEATH_BEFORE,
        /** The process died after the request took effect, before the answer was read. */
        DEATH_AFTER
    }

    final List<String> requests = new ArrayList<>();
    int at = -1;
    Kind kind;
    /** A second fault, later; -1 for none. */
    int secondAt = -1;
    Kind secondKind;
    /** Instead of a number: the first request matching this gets the fault. */
    java.util.function.Predicate<String> where;
    Runnable check = () -> { };

    Faults() {
    }

    Faults(int at, Kind kind) {
        this.at = at;
        this.kind = kind;
    }

    Faults(int at, Kind kind, int secondAt, Kind secondKind) {
        this(at, kind);
        this.secondAt = secondAt;
        this.secondKind = secondKind;
    }

    Faults(java.util.function.Predicate<String> where, Kind kind) {
        this.where = where;
        this.kind = kind;
    }

    /** Counts a request; the fault for it, or null. */
    Kind next(String request) {
        requests.add(request);
        if (where != null && where.test(request)) {
            where = null;
            return kind;
        }
        int n = requests.size() - 1;
        return n == at ? kind : n == secondAt ? secondKind : null;
    }

    /** After a request took effect (or was answered). */
    void afterRequest() {
        check.run();
    }
}
