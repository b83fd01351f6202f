package cn.daxiang.justice.kit.orgunit;

/** Levels of the org-unit tree: 区 district, 乡镇/街道 township or street, 村/社区 village or community. */
public enum OrgUnitLevel {
    DISTRICT, TOWNSHIP, VILLAGE
}
