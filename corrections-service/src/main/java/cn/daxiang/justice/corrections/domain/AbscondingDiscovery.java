package cn.daxiang.justice.corrections.domain;

/** How the loss of contact came to light. */
public enum AbscondingDiscovery {
    MISSED_REPORT, UNREACHABLE, INFORMATION_CHECK, VISIT, REPORTED_BY_OTHERS, OTHER;

    public static final String LABELS = "MISSED_REPORT 未按规定报告、报到, UNREACHABLE 通信联络不上, INFORMATION_CHECK 信息化核查（电子定位等）发现, "
            + "VISIT 实地查访发现不在, REPORTED_BY_OTHERS 他人反映, OTHER 其他";
}
