package kz.appeals.command.web;

/** An {@code If-Match} header that is not an appeal version this service issued as an ETag. */
class InvalidIfMatchException extends RuntimeException {

    InvalidIfMatchException(String value) {
        super("If-Match '" + value + "' is not an appeal version; send the ETag of the last response, e.g. \"7\"");
    }
}
