package cn.daxiang.justice.kit.security;

/** The five roles of the conventions, as they appear in the token's {@code groups} claim. */
public final class Roles {

    /** Everything within its district. */
    public static final String DISTRICT_ADMIN = "district-admin";
    /** Reads and writes records of its own org unit and below. */
    public static final String TOWNSHIP_CLERK = "township-clerk";
    /** Read-only; aggregated figures and masked personal data. */
    public static final String PROVINCIAL_READER = "provincial-reader";
    /** Targets, manual figures and evaluation runs. */
    public static final String EVALUATOR = "evaluator";
    /** Service-to-service calls, such as the evaluation service reading stats. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
