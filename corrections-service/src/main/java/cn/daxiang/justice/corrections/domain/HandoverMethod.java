package cn.daxiang.justice.corrections.domain;

/**
 * How a released person was handed over (衔接) at release: PICKED_UP_AT_GATE 出监接回（必接，监狱门口接回）,
 * HANDED_OVER_BY_PRISON 监狱送回移交（必送）, HANDED_OVER_BY_CORRECTION 社区矫正机构移交（解除矫正）, CONTACTED 联系衔接
 * (by phone or a visit after release), NOT_REACHED 未能衔接 (tried, not reached). The first two are a prison release's,
 * the third a correction release's.
 */
public enum HandoverMethod {
    PICKED_UP_AT_GATE, HANDED_OVER_BY_PRISON, HANDED_OVER_BY_CORRECTION, CONTACTED, NOT_REACHED;

    /** Whether the person was reached: the hand-over counts as done (衔接). */
    public boolean reached() {
        return this != NOT_REACHED;
    }
}
