package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a case counts as complex; complex cases go only to senior providers. */
@Schema(name = "CaseComplexity", description = "重大复杂案件：DEATH_PENALTY 可能判处死刑, LIFE_IMPRISONMENT 可能判处无期徒刑, GROUP_LITIGATION 群体性诉讼")
public enum CaseComplexity {
    DEATH_PENALTY, LIFE_IMPRISONMENT, GROUP_LITIGATION
}
