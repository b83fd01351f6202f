package cn.daxiang.justice.evaluation.client;

import java.util.Map;

/**
 * What the lines answered for one org unit: the period's figures and the cumulative ones (累计,
 * since the records began, up to the end of the period). A line whose period request failed is not
 * asked for its cumulative figures; both are unavailable.
 */
public record FetchedStats(Map<Line, LineStats> period, Map<Line, LineStats> cumulative) {

    public boolean anyUnavailable() {
        return period.values().stream().anyMatch(l -> !l.available())
                || cumulative.values().stream().anyMatch(l -> !l.available());
    }
}
