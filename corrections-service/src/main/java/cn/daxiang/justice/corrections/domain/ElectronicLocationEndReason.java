package cn.daxiang.justice.corrections.domain;

/**
 * Why electronic location ended (解除): NO_LONGER_NEEDED 不需要继续使用，及时解除 (社区矫正法 第二十九条第二款);
 * TERM_ENDED 期限届满，未延长; CORRECTION_ENDED 社区矫正解除或终止.
 */
public enum ElectronicLocationEndReason {
    NO_LONGER_NEEDED, TERM_ENDED, CORRECTION_ENDED
}
