package cn.daxiang.justice.kit.orgunit;

/**
 * Levels of the org-unit tree, after the 12-digit statistical division codes (统计用区划代码): 省 province, 市 city,
 * 区县 county-level unit (DISTRICT: 区, 县, 县级市), 乡镇/街道 township or street, 村/社区 village or community.
 */
public enum OrgUnitLevel {
    PROVINCE, CITY, DISTRICT, TOWNSHIP, VILLAGE
}
