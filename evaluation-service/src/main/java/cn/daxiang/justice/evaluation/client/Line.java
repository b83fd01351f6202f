package cn.daxiang.justice.evaluation.client;

import java.util.List;

/**
 * The work lines that have a service of their own, and which metric names each one reports. The
 * corrections service also keeps resettlement (安置帮教): besides {@code corrections.resettlement.*}
 * its deadline figures are named after the record, {@code resettlement.persons.contact.*}.
 * {@link #PERSONS} is the cross-line source computed here from the lines' person events.
 */
public enum Line {
    CORRECTIONS("corrections-service", "社区矫正", "corrections", "resettlement"),
    MEDIATION("mediation-service", "人民调解", "mediation"),
    LEGAL_AID("legalaid-service", "法律援助", "legalaid"),
    /**
     * Not a service of its own: the cross-line figures (issue 22) the evaluation service computes from the
     * corrections and legal-aid lines' person events (hashes only), {@code persons.*}.
     */
    PERSONS("corrections-service, legalaid-service", "跨业务线人员", "persons");

    private final List<String> prefixes;
    private final String service;
    private final String label;

    Line(String service, String label, String... prefixes) {
        this.prefixes = List.of(prefixes);
        this.service = service;
        this.label = label;
    }

    /** The lines whose township offices record work themselves (and may file a zero report): not {@link #PERSONS}. */
    public static List<Line> reportedByOffices() {
        return List.of(CORRECTIONS, MEDIATION, LEGAL_AID);
    }

    /** The metric-name prefixes, e.g. {@code legalaid} for {@code legalaid.cases.accepted}. */
    public List<String> prefixes() {
        return prefixes;
    }

    public String service() {
        return service;
    }

    public String label() {
        return label;
    }

    /** How a metric value from this line names its source, e.g. {@code LEGAL_AID_SERVICE}. */
    public String source() {
        return name() + "_SERVICE";
    }

    /** The line that reports {@code metric}, or null for lines without a service (manual figures only). */
    public static Line of(String metric) {
        if (metric == null) {
            return null;
        }
        for (Line line : values()) {
            for (String prefix : line.prefixes) {
                if (metric.startsWith(prefix + ".")) {
                    return line;
                }
            }
        }
        return null;
    }
}
