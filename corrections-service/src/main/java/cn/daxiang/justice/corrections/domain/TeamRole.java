package cn.daxiang.justice.corrections.domain;

/**
 * Who a member of a correction team (矫正小组) is, as 社区矫正法 第二十五条 lists them: the township judicial office's staff,
 * members of the residents' or villagers' committee, people of the subject's employer or school, its family or
 * guardian, its guarantor (保证人, of a subject on 暂予监外执行), social workers and volunteers.
 */
public enum TeamRole {
    JUDICIAL_OFFICE_STAFF("司法所工作人员"),
    COMMITTEE_MEMBER("居（村）民委员会人员"),
    EMPLOYER_OR_SCHOOL("所在单位或者就读学校人员"),
    FAMILY_OR_GUARDIAN("家庭成员或者监护人"),
    GUARANTOR("保证人"),
    SOCIAL_WORKER("社会工作者"),
    VOLUNTEER("志愿者");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    /** The role as an official reads it. */
    public String label() {
        return label;
    }

    /** The roles with their labels, for the API's description. */
    public static final String LABELS = "JUDICIAL_OFFICE_STAFF 司法所工作人员, COMMITTEE_MEMBER 居（村）民委员会人员, "
            + "EMPLOYER_OR_SCHOOL 所在单位或者就读学校人员, FAMILY_OR_GUARDIAN 家庭成员或者监护人, GUARANTOR 保证人, "
            + "SOCIAL_WORKER 社会工作者, VOLUNTEER 志愿者";
}
