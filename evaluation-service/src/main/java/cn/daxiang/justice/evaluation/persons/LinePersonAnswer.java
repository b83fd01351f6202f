package cn.daxiang.justice.evaluation.persons;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A line's answer to {@code GET /api/v1/<line>/persons/{hash}}: the person's records in the caller's scope (maybe none). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinePersonAnswer(String hash, List<PersonRecord> records) {
}
