package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.config.KitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The instruments' templates: a file of the same relative name under {@code platform.instruments.template-dir} wins over
 * the built-in one on the class path. Read at each use, so an operator's replacement takes effect without a restart.
 */
@ApplicationScoped
public class TemplateFiles {

    @Inject
    KitConfig.Instruments config;

    public byte[] read(String name) {
        if (config.templateDir().isPresent()) {
            Path dir = Path.of(config.templateDir().get()).toAbsolutePath().normalize();
            Path file = dir.resolve(name).normalize();
            if (file.startsWith(dir) && Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("template " + file + " not readable", e);
                }
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no template " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " not readable", e);
        }
    }
}
