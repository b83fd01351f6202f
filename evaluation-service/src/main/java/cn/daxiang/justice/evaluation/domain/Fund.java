package cn.daxiang.justice.evaluation.domain;

/** The kind of money a spending row is about: 基本支出 (running costs and staff) or 项目支出 (one project's funds). */
public enum Fund {
    BASIC("基本支出"),
    PROJECT("项目支出");

    private final String label;

    Fund(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
