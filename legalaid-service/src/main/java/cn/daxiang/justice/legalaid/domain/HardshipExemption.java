package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why the financial-hardship check is skipped, by its legal ground. 《中华人民共和国法律援助法》第三十二条 (not subject to
 * the hardship condition): 英雄烈士近亲属维护英雄烈士的人格权益, 见义勇为, 再审改判无罪请求国家赔偿, 遭受虐待、遗弃或者家庭暴力的受害人,
 * 法律、法规、规章规定的其他情形. 第四十二条 (exempt from checking it): 无固定生活来源的未成年人、老年人、残疾人等特定群体,
 * 社会救助、司法救助或者优抚对象, 申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员, 法律、法规、规章规定的其他人员.
 */
@Schema(name = "HardshipExemption", description = "免予经济困难审查的法定情形。法律援助法第三十二条（不受经济困难条件限制）："
        + "HEROIC_MARTYR_RELATIVE 英雄烈士近亲属维护英雄烈士的人格权益, GOOD_SAMARITAN 因见义勇为行为主张相关民事权益, "
        + "RETRIAL_ACQUITTED 再审改判无罪请求国家赔偿, ABUSE_VICTIM 遭受虐待、遗弃或者家庭暴力的受害人主张相关权益, "
        + "OTHER_UNRESTRICTED 法律、法规、规章规定的其他情形；第四十二条（免予核查经济困难状况）："
        + "NO_FIXED_INCOME_GROUP 无固定生活来源的未成年人、老年人、残疾人等特定群体, ASSISTANCE_RECIPIENT 社会救助、司法救助或者优抚对象, "
        + "MIGRANT_WORKER_CLAIM 申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员, OTHER_EXEMPT 法律、法规、规章规定的其他人员")
public enum HardshipExemption {
    HEROIC_MARTYR_RELATIVE, GOOD_SAMARITAN, RETRIAL_ACQUITTED, ABUSE_VICTIM, OTHER_UNRESTRICTED,
    NO_FIXED_INCOME_GROUP, ASSISTANCE_RECIPIENT, MIGRANT_WORKER_CLAIM, OTHER_EXEMPT
}
