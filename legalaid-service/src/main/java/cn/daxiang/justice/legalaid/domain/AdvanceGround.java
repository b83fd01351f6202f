package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why aid is given before the review is complete (先行提供法律援助, 《中华人民共和国法律援助法》第四十四条第一款): (一)距法定时效或者
 * 期限届满不足七日，需要及时提起诉讼或者申请仲裁、行政复议; (二)需要立即申请财产保全、证据保全或者先予执行; (三)法律、法规、规章规定的其他情形.
 */
@Schema(name = "AdvanceGround", description = "先行提供法律援助的情形（法律援助法第四十四条）：LIMITATION_NEAR 距法定时效或者期限届满不足七日，"
        + "需要及时提起诉讼或者申请仲裁、行政复议, URGENT_PRESERVATION 需要立即申请财产保全、证据保全或者先予执行, "
        + "OTHER_STATUTORY 法律、法规、规章规定的其他情形")
public enum AdvanceGround {
    LIMITATION_NEAR, URGENT_PRESERVATION, OTHER_STATUTORY
}
