package cn.daxiang.justice.mediation.domain;

/** 登记 registered → 调解中 mediating → 调解成功 succeeded / 调解不成 failed / 撤回 withdrawn. */
public enum DisputeStatus {
    REGISTERED, MEDIATING, SUCCEEDED, FAILED, WITHDRAWN;

    public boolean isConcluded() {
        return this == SUCCEEDED || this == FAILED || this == WITHDRAWN;
    }
}
