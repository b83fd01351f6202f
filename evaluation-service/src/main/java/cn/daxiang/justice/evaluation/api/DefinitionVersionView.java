package cn.daxiang.justice.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every version of one definition, oldest first. */
@Schema(name = "DefinitionVersions", description = "定义的历史版本 / every version of a definition")
public record DefinitionVersionView(List<Item> items) {

    public record Item(long version, String code, Map<String, Object> definition, Instant recordedAt, String recordedBy) {
    }
}
