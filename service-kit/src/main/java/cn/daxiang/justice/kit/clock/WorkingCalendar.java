package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.config.KitConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * China's working days: weekends and the public holidays off, the adjusted working days (调休上班日)
 * on, year by year from the State Council General Office's notices (国务院办公厅关于部分节假日安排的通知).
 * The years are data: {@code calendar/YYYY.csv} built in, and the files of {@code platform.calendar.dir},
 * which add or replace years without a release. Validated at start; a date in a year without a file
 * is a {@link CalendarYearMissingException}, never a guess.
 */
@Startup
@ApplicationScoped
public class WorkingCalendar {

    /** The built-in years are looked for in this range (a jar's directory cannot be listed). */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    static final Pattern FILE = Pattern.compile("(\\d{4})\\.csv");

    public enum DayKind { HOLIDAY, WORKDAY }

    @Inject
    KitConfig.Calendar config;

    private Set<Integer> years;
    private Map<LocalDate, DayKind> days;

    @PostConstruct
    void load() {
        load(config.dir());
    }

    void load(Optional<String> dir) {
        Map<Integer, String> files = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int y = year;
            builtIn(y).ifPresent(text -> files.put(y, text));
        }
        dir.ifPresent(d -> files.putAll(operatorFiles(Path.of(d))));
        Map<LocalDate, DayKind> parsed = new HashMap<>();
        List<String> problems = new ArrayList<>();
        files.forEach((year, text) -> parse(year, text, parsed, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid working-day calendar: " + String.join("; ", problems));
        }
        years = Set.copyOf(files.keySet());
        days = Collections.unmodifiableMap(parsed);
    }

    /** The years the calendar knows. */
    public Set<Integer> years() {
        return years;
    }

    /** A working day: a weekday that is no holiday, or an adjusted working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarYearMissingException(date.getYear());
        }
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** {@code date} if it is a working day, else the first working day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Optional<String> builtIn(int year) {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream("/calendar/" + year + ".csv")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in calendar of " + year, e);
        }
    }

    private static Map<Integer, String> operatorFiles(Path dir) {
        Map<Integer, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                Matcher name = FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    files.put(Integer.parseInt(name.group(1)), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calendar directory " + dir, e);
        }
        return files;
    }

    /**
     * Rows {@code from,to,kind,name} after a header, {@code #} comments skipped. A range may start in
     * the December before (元旦 of 2023 began on 2022-12-31); an adjusted working day is a Saturday or
     * Sunday; no day is named twice.
     */
    static void parse(int year, String csv, Map<LocalDate, DayKind> out, List<String> problems) {
        String[] lines = csv.split("\\R");
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = year + ".csv line " + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!line.equals("from,to,kind,name")) {
                    problems.add(where + "the header must be from,to,kind,name");
                    return;
                }
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != 4 || cols[3].isBlank()) {
                problems.add(where + "expected from,to,kind,name");
                continue;
            }
            try {
                LocalDate from = LocalDate.parse(cols[0].strip());
                LocalDate to = LocalDate.parse(cols[1].strip());
                DayKind kind = DayKind.valueOf(cols[2].strip());
                if (to.isBefore(from) || from.isBefore(LocalDate.of(year - 1, 12, 1)) || to.getYear() > year) {
                    problems.add(where + "the range must lie in " + year + " (or start in the December before) and end after it starts");
                    continue;
                }
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    if (kind == DayKind.WORKDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        problems.add(where + day + " is a weekday: only a Saturday or Sunday can be an adjusted working day");
                    } else if (out.put(day, kind) != null) {
                        problems.add(where + day + " is named twice");
                    }
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(where + "dates are YYYY-MM-DD and kind is HOLIDAY or WORKDAY");
            }
        }
        if (!header) {
            problems.add(year + ".csv: no header and no days");
        }
    }
}
