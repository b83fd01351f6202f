package cn.daxiang.justice.corrections.domain;

/** 状态：IN_CORRECTION 在矫, RELEASED 解除矫正, TERMINATED 终止矫正, TRANSFERRED 变更执行地转出本区. */
public enum SubjectStatus {
    IN_CORRECTION, RELEASED, TERMINATED, TRANSFERRED;

    /** How an ended correction reads in a message: 解除, 终止, 转出. */
    public String endedAs() {
        return switch (this) {
            case RELEASED -> "解除";
            case TERMINATED -> "终止";
            case TRANSFERRED -> "转出";
            case IN_CORRECTION -> "在矫";
        };
    }
}
