package cn.daxiang.justice.evaluation.persons;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a line's person events, in the kit's list envelope (the fields read here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonEventPage(List<PersonEvent> items, int page, int size, long totalItems, String nextCursor) {
}
