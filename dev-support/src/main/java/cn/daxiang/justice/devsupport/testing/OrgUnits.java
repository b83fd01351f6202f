package cn.daxiang.justice.devsupport.testing;

import java.util.List;

/** The codes of the seed's org units ({@code service-kit/src/main/resources/org-units.csv}) that tests act in. */
public final class OrgUnits {

    /** 湖南省: outside the district, where provincial readers sit. */
    public static final String PROVINCE = "430000000000";
    /** 大祥区. */
    public static final String DISTRICT = "430503000000";
    /** 罗市镇. */
    public static final String LUOSHI = "430503101000";
    /** 蔡锷乡. */
    public static final String CAIE = "430503202000";
    /** 板桥乡. */
    public static final String BANQIAO = "430503203000";

    /** The district's 14 townships, in the order of their codes. */
    public static final List<String> TOWNSHIPS = List.of("430503001000", "430503002000", "430503003000", "430503004000",
            "430503005000", "430503006000", "430503007000", "430503008000", "430503009000", "430503010000", "430503011000",
            LUOSHI, CAIE, BANQIAO);

    private OrgUnits() {
    }
}
