package cn.daxiang.justice.kit.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Jackson's own string deserializer with the control-character rule on its result. It replaces the
 * standard one for every {@code String} of every request body, lists and nested records included.
 */
public class TextInputDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (ControlCharacters.present(value)) {
            throw new ControlCharacterException(p);
        }
        return value;
    }
}
