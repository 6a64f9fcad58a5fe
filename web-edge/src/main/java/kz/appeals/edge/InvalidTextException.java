package kz.appeals.edge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string the edge refuses (control character, unpaired surrogate, non-character); Jackson adds the path. */
public class InvalidTextException extends JsonMappingException {

    private final String problem;

    public InvalidTextException(JsonParser parser, String problem) {
        super(parser, problem);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
