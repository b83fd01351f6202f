package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.RunInput;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The period of a run: a calendar year, a quarter or a month of one, or any from/to. {@code year},
 * {@code quarter} and {@code month} are kept as asked so that rankings and reports can name the
 * period the way an official does (2021年第一季度), and so that a year asked as from/to stays a from/to.
 */
public record RunPeriod(LocalDate from, LocalDate to, Integer year, Integer quarter, Integer month) {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    public static RunPeriod ofYear(int year) {
        return new RunPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year, null, null);
    }

    public static RunPeriod ofQuarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
        return new RunPeriod(from, from.plusMonths(3).minusDays(1), year, quarter, null);
    }

    public static RunPeriod ofMonth(int year, int month) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new RunPeriod(from, from.plusMonths(1).minusDays(1), year, null, month);
    }

    /** One of {year}, {year, quarter}, {year, month}, {from, to}; anything else is a 400 naming the fields. */
    public static RunPeriod of(RunInput input) {
        return of(input.year(), input.quarter(), input.month(), input.from(), input.to());
    }

    public static RunPeriod of(Integer year, Integer quarter, Integer month, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (quarter != null && month != null) {
            errors.add(new FieldError("month", "quarter 与 month 只能二选一"));
        }
        if ((quarter != null || month != null) && year == null) {
            errors.add(new FieldError(quarter != null ? "quarter" : "month", "按季度或月份评价时须同时提供 year"));
        }
        if (year != null) {
            if (from != null || to != null) {
                errors.add(new FieldError("year", "year 与 from/to 只能二选一"));
            }
        } else if (quarter == null && month == null) {
            if (from == null) {
                errors.add(new FieldError("from", "须提供 year，或同时提供 from 与 to"));
            }
            if (to == null) {
                errors.add(new FieldError("to", "须提供 year，或同时提供 from 与 to"));
            }
            if (errors.isEmpty() && from.isAfter(to)) {
                errors.add(new FieldError("from", "期间起始日期不能晚于截止日期"));
            }
            if (errors.isEmpty() && (from.getYear() < 2000 || to.getYear() > 2100)) {
                errors.add(new FieldError("from", "期间应在2000至2100年之间"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (year == null) {
            return new RunPeriod(from, to, null, null, null);
        }
        return quarter != null ? ofQuarter(year, quarter) : month != null ? ofMonth(year, month) : ofYear(year);
    }

    /** The year whose targets apply: the period lies within one calendar year; null otherwise. */
    public Integer targetYear() {
        return from.getYear() == to.getYear() ? Integer.valueOf(to.getYear()) : null;
    }

    public boolean wholeYear() {
        return from.getMonthValue() == 1 && from.getDayOfMonth() == 1 && to.getYear() == from.getYear()
                && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
    }

    /** The period as a report title says it: 2021年度, 2021年第一季度, 2021年6月, 2021年1月1日至2021年6月30日. */
    public String label() {
        if (year != null && quarter != null) {
            return year + "年第" + QUARTERS[quarter - 1] + "季度";
        }
        if (year != null && month != null) {
            return year + "年" + month + "月";
        }
        if (year != null || wholeYear()) {
            return from.getYear() + "年度";
        }
        return date(from) + "至" + date(to);
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
