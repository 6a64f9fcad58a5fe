package kz.appeals.query.api;

import kz.appeals.edge.InvalidInputException;

/** A query parameter (or path variable) the API cannot accept; answered with a 400 problem naming it. */
public class BadParameterException extends InvalidInputException {

    public BadParameterException(String parameter, String message) {
        super(parameter, "query", message);
    }

    public BadParameterException(String parameter, String in, String message) {
        super(parameter, in, message);
    }

    public String parameter() {
        return field();
    }
}
