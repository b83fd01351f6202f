package cn.daxiang.justice.kit.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON text value that breaks {@link ControlCharacters}. Jackson adds the path of the field as
 * the exception travels out of the bean, so the problem handler (400) and sync (REJECTED) can name it.
 */
public class ControlCharacterException extends JsonMappingException {

    public ControlCharacterException(JsonParser parser) {
        super(parser, ControlCharacters.MESSAGE);
    }
}
