package cn.daxiang.justice.mediation.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A follow-up's per-term report in one column: the terms' performances in order, comma-separated. */
@Converter
public class TermPerformanceList implements AttributeConverter<List<TermPerformance>, String> {

    @Override
    public String convertToDatabaseColumn(List<TermPerformance> list) {
        return list == null || list.isEmpty() ? null : list.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<TermPerformance> convertToEntityAttribute(String column) {
        return column == null ? null : Arrays.stream(column.split(",")).map(TermPerformance::valueOf).toList();
    }
}
