package cn.daxiang.justice.corrections.domain;

/** Who entrusted an investigation: 法院 court, 检察院 procuratorate, 监狱 prison, 公安 public security. */
public enum EntrustingAuthority {
    COURT, PROCURATORATE, PRISON, PUBLIC_SECURITY
}
