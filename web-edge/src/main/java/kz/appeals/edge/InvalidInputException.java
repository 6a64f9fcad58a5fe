package kz.appeals.edge;

/** One value of a request the API cannot accept: a 400 problem naming where it was ({@code in}) and what it was. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String in;

    public InvalidInputException(String field, String in, String message) {
        super(message);
        this.field = field;
        this.in = in;
    }

    public String field() {
        return field;
    }

    /** query, path, header or body. */
    public String in() {
        return in;
    }
}
