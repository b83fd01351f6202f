package cn.daxiang.justice.evaluation.client;

/** The work lines that have a service of their own, and which metric names each one reports. */
public enum Line {
    CORRECTIONS("corrections", "corrections-service", "社区矫正"),
    MEDIATION("mediation", "mediation-service", "人民调解"),
    LEGAL_AID("legalaid", "legalaid-service", "法律援助");

    private final String prefix;
    private final String service;
    private final String label;

    Line(String prefix, String service, String label) {
        this.prefix = prefix;
        this.service = service;
        this.label = label;
    }

    /** The metric-name prefix, e.g. {@code legalaid} for {@code legalaid.cases.accepted}. */
    public String prefix() {
        return prefix;
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
            if (metric.startsWith(line.prefix + ".")) {
                return line;
            }
        }
        return null;
    }
}
