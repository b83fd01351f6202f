package cn.daxiang.justice.corrections.domain;

/** 会见人：SUBJECT 社区矫正对象, FAMILY_MEMBER 服刑人员亲属. */
public enum VisitorKind {
    SUBJECT, FAMILY_MEMBER
}
