package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Category of an application and its case. */
@Schema(name = "CaseCategory", description = "案件类别：CIVIL 民事, CRIMINAL 刑事, ADMINISTRATIVE 行政, PLEA_WITNESS 认罪认罚见证")
public enum CaseCategory {
    CIVIL, CRIMINAL, ADMINISTRATIVE, PLEA_WITNESS
}
