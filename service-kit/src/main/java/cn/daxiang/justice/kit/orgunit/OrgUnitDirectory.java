package cn.daxiang.justice.kit.orgunit;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The org-unit reference data every service validates codes against: the built-in
 * {@code org-units.csv}, or the file named by {@code platform.org-units.file}.
 */
@ApplicationScoped
public class OrgUnitDirectory {

    static final String BUILT_IN = "/org-units.csv";

    @Inject
    KitConfig.OrgUnits config;

    private Map<String, OrgUnit> units;

    @PostConstruct
    void load() {
        load(config.file());
    }

    void load(Optional<String> file) {
        units = parse(read(file));
    }

    public List<OrgUnit> all() {
        return List.copyOf(units.values());
    }

    public Optional<OrgUnit> find(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public boolean isKnown(String code) {
        return code != null && units.containsKey(code);
    }

    /** The units directly below {@code code} in the reference data, by code. */
    public List<OrgUnit> children(String code) {
        return units.values().stream().filter(u -> code.equals(u.parent())).sorted(java.util.Comparator.comparing(OrgUnit::code)).toList();
    }

    /** The unit and every unit below it that the reference data knows. */
    public List<OrgUnit> within(String scope) {
        return units.values().stream().filter(u -> OrgUnitCode.covers(scope, u.code())).toList();
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

    /** Lines {@code code,name,level,parent}; blank lines and {@code #} comments are skipped. */
    static Map<String, OrgUnit> parse(String csv) {
        Map<String, OrgUnit> parsed = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = csv.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != 4 || !OrgUnitCode.isWellFormed(cols[0].strip())) {
                problems.add("line " + (i + 1) + ": expected code,name,level,parent with a 12-digit code");
                continue;
            }
            try {
                OrgUnit unit = new OrgUnit(cols[0].strip(), cols[1].strip(), OrgUnitLevel.valueOf(cols[2].strip()), cols[3].strip());
                if (parsed.put(unit.code(), unit) != null) {
                    problems.add("line " + (i + 1) + ": duplicate code " + unit.code());
                }
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": level must be DISTRICT, TOWNSHIP or VILLAGE");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid org-unit reference data: " + String.join("; ", problems));
        }
        return Collections.unmodifiableMap(parsed);
    }
}
