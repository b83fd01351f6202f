package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The recipient's categories as the ministry's legal-aid statistics count them (受援人情况). The list is the one the
 * bureau's reports use; the ministry's statistical form itself was not found, so its exact categories are unconfirmed.
 */
@Schema(name = "RecipientCategory", description = "受援人类别：MIGRANT_WORKER 农民工（进城务工人员）, MINOR 未成年人, ELDERLY 老年人, "
        + "DISABLED 残疾人, WOMAN 妇女, MILITARY 军人军属, SUBSISTENCE 低保、特困人员, OTHER 其他")
public enum RecipientCategory {
    MIGRANT_WORKER, MINOR, ELDERLY, DISABLED, WOMAN, MILITARY, SUBSISTENCE, OTHER
}
