package cn.daxiang.justice.kit.sync;

/** Lets tests read the plan of the feed statement the service runs. */
public final class ChangeFeedAccess {

    private ChangeFeedAccess() {
    }

    /** The feed statement, with Hibernate's {@code ?n} parameters, for a caller at township level or below or a wider one. */
    public static String statement(boolean township) {
        return ChangeFeed.statement(township);
    }
}
