package cn.daxiang.justice.kit.orgunit;

/** One org unit of the reference data: a division code, its Chinese name, level and parent code. */
public record OrgUnit(String code, String name, OrgUnitLevel level, String parent) {
}
