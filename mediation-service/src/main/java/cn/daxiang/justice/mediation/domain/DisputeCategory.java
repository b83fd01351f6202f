package cn.daxiang.justice.mediation.domain;

/** 纠纷类别: 婚姻家庭, 邻里, 山林土地房屋, 合同, 损害赔偿, 劳动争议, 征地拆迁, 医疗, 交通事故, 其他. */
public enum DisputeCategory {
    MARRIAGE_FAMILY, NEIGHBOURHOOD, LAND_HOUSING, CONTRACT, DAMAGES, LABOUR, LAND_REQUISITION, MEDICAL, TRAFFIC, OTHER
}
