package cn.daxiang.justice.kit.orgunit;

import cn.daxiang.justice.kit.clock.OfficeClockProvider;
import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The org-unit reference data every service validates codes against: the built-in
 * {@code org-units.csv}, or the file named by {@code platform.org-units.file}. A code may have several versions
 * (a renamed unit), and a unit may end and name its successor (a merged township): records keep the code they were
 * made under, lists and runs of a past period see the units as they were then.
 */
@ApplicationScoped
public class OrgUnitDirectory {

    static final String BUILT_IN = "/org-units.csv";

    @Inject
    KitConfig.OrgUnits config;

    @Inject
    OfficeClockProvider clock;

    /** Every code's versions, oldest first. */
    private Map<String, List<OrgUnit>> versions;

    @PostConstruct
    void load() {
        load(config.file());
    }

    void load(Optional<String> file) {
        versions = parse(read(file));
    }

    /** Every unit as it is today, or as it was last for a unit that has ended. */
    public List<OrgUnit> all() {
        LocalDate today = today();
        return versions.values().stream().map(v -> current(v, today)).toList();
    }

    /** The unit as it is today, or as it was last if it has ended. */
    public Optional<OrgUnit> find(String code) {
        return code == null || !versions.containsKey(code) ? Optional.empty() : Optional.of(current(versions.get(code), today()));
    }

    /** The unit as it was on {@code day}: empty before it began or after it ended. */
    public Optional<OrgUnit> find(String code, LocalDate day) {
        return code == null ? Optional.empty()
                : versions.getOrDefault(code, List.of()).stream().filter(u -> u.validOn(day)).findFirst();
    }

    /** Every version of a code, oldest first (a renamed unit's names). */
    public List<OrgUnit> history(String code) {
        return versions.getOrDefault(code, List.of());
    }

    /** Where a unit that has ended went, following merges to the unit that holds its area today. */
    public Optional<OrgUnit> successor(String code) {
        Optional<OrgUnit> unit = find(code);
        for (int hops = 0; unit.isPresent() && unit.get().successor() != null && hops < versions.size(); hops++) {
            unit = find(unit.get().successor());
        }
        return unit.filter(u -> !u.code().equals(code));
    }

    public boolean isKnown(String code) {
        return code != null && versions.containsKey(code);
    }

    /** The units directly below {@code code} today, by code. */
    public List<OrgUnit> children(String code) {
        LocalDate today = today();
        return children(code, today, today);
    }

    /**
     * The units directly below {@code code} on any day of the period (either end may be null: open), each as it was at
     * the period's end or when it ended, by code: a run of 2021 lists a township merged in 2023, one of 2024 does not.
     */
    public List<OrgUnit> children(String code, LocalDate from, LocalDate to) {
        List<OrgUnit> children = new ArrayList<>();
        for (List<OrgUnit> unit : versions.values()) {
            List<OrgUnit> inPeriod = unit.stream().filter(u -> code.equals(u.parent()) && u.overlaps(from, to)).toList();
            if (!inPeriod.isEmpty()) {
                children.add(inPeriod.get(inPeriod.size() - 1));
            }
        }
        children.sort(Comparator.comparing(OrgUnit::code));
        return children;
    }

    /** The unit and every unit below it that the reference data knows (as today, or as last). */
    public List<OrgUnit> within(String scope) {
        return all().stream().filter(u -> OrgUnitCode.covers(scope, u.code())).toList();
    }

    private LocalDate today() {
        return clock == null ? LocalDate.now(java.time.ZoneId.of(OfficeClockProvider.DEFAULT_ZONE)) : LocalDate.now(clock.getClock());
    }

    /** The version valid on {@code day}, else the last one that began by then, else the first. */
    private static OrgUnit current(List<OrgUnit> versions, LocalDate day) {
        OrgUnit current = versions.get(0);
        for (OrgUnit version : versions) {
            if (version.validOn(day)) {
                return version;
            }
            if (version.validFrom() == null || !version.validFrom().isAfter(day)) {
                current = version;
            }
        }
        return current;
    }

    private static String read(Optional<String> file) {
        try {
            if (file.isPresent()) {
                return Files.readString(Path.of(file.get()), StandardCharsets.UTF_8);
            }
            try (InputStream in = OrgUnitDirectory.class.getResourceAsStream(BUILT_IN)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org-unit reference data", e);
        }
    }

    /**
     * Lines {@code code,name,level,parent[,validFrom[,validTo[,successor]]]} (dates ISO, empty: open); blank lines and
     * {@code #} comments are skipped. A code's versions must not overlap; a successor must be a known code.
     */
    static Map<String, List<OrgUnit>> parse(String csv) {
        Map<String, List<OrgUnit>> parsed = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = csv.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length < 4 || cols.length > 7 || !OrgUnitCode.isWellFormed(cols[0].strip())) {
                problems.add("line " + (i + 1) + ": expected code,name,level,parent[,validFrom[,validTo[,successor]]] with a 12-digit code");
                continue;
            }
            try {
                OrgUnit unit = new OrgUnit(cols[0].strip(), cols[1].strip(), OrgUnitLevel.valueOf(cols[2].strip()), cols[3].strip(),
                        date(cols, 4), date(cols, 5), column(cols, 6));
                if (unit.validFrom() != null && unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
                    problems.add("line " + (i + 1) + ": validTo before validFrom");
                } else if (parsed.getOrDefault(unit.code(), List.of()).stream().anyMatch(v -> v.overlaps(unit.validFrom(), unit.validTo()))) {
                    problems.add("line " + (i + 1) + ": duplicate code " + unit.code() + " (versions of a code must not overlap)");
                } else {
                    parsed.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
                }
            } catch (DateTimeParseException e) {
                problems.add("line " + (i + 1) + ": validFrom and validTo are dates like 2023-06-30");
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": level must be one of " + java.util.Arrays.toString(OrgUnitLevel.values()));
            }
        }
        parsed.values().forEach(v -> v.sort(Comparator.comparing(OrgUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))));
        parsed.values().stream().flatMap(List::stream).filter(u -> u.successor() != null && !parsed.containsKey(u.successor()))
                .forEach(u -> problems.add(u.code() + ": unknown successor " + u.successor()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid org-unit reference data: " + String.join("; ", problems));
        }
        Map<String, List<OrgUnit>> frozen = new LinkedHashMap<>();
        parsed.forEach((code, v) -> frozen.put(code, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static String column(String[] cols, int index) {
        return cols.length > index && !cols[index].isBlank() ? cols[index].strip() : null;
    }

    private static LocalDate date(String[] cols, int index) {
        String value = column(cols, index);
        return value == null ? null : LocalDate.parse(value);
    }
}
