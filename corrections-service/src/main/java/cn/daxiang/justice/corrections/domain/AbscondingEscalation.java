package cn.daxiang.justice.corrections.domain;

/**
 * Where an unsuccessful search goes: POLICE_PURSUIT 公安机关追逃; REVOCATION_PROPOSAL 提请撤销缓刑、假释或对暂予监外执行的
 * 收监执行 (实施办法: 脱离监管超过一个月 is a ground; article numbers unconfirmed).
 */
public enum AbscondingEscalation {
    POLICE_PURSUIT, REVOCATION_PROPOSAL;

    public static final String LABELS = "POLICE_PURSUIT 移交公安机关追逃, REVOCATION_PROPOSAL 提请撤销缓刑、假释或收监执行";
}
