package cn.daxiang.justice.kit.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Registers {@link TextInputDeserializer} on the application's ObjectMapper: REST bodies and sync
 * records (which {@code SyncEngine} converts with the same mapper) follow one rule. JSON columns
 * are unaffected: Hibernate uses its own mapper ({@code quarkus.hibernate-orm.mapping.format.global=ignore}).
 */
@Singleton
public class TextInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-input").addDeserializer(String.class, new TextInputDeserializer()));
    }
}
