package cn.daxiang.justice.corrections.domain;

/**
 * What a revocation proposal asks for, one per kind of subject: REVOKE_PROBATION 撤销缓刑 (缓刑), REVOKE_PAROLE 撤销假释
 * (假释), IMPRISON 暂予监外执行收监执行 (暂予监外执行). 管制 has none.
 */
public enum RevocationKind {
    REVOKE_PROBATION(SubjectType.PROBATION, TerminationReason.REVOKED),
    REVOKE_PAROLE(SubjectType.PAROLE, TerminationReason.REVOKED),
    IMPRISON(SubjectType.OUTSIDE_PRISON, TerminationReason.IMPRISONED);

    public static final String LABELS = "REVOKE_PROBATION 撤销缓刑, REVOKE_PAROLE 撤销假释, IMPRISON 暂予监外执行收监执行";

    /** The one kind of subject it fits. */
    public final SubjectType fits;

    /** How a granted proposal ends the correction. */
    public final TerminationReason ends;

    RevocationKind(SubjectType fits, TerminationReason ends) {
        this.fits = fits;
        this.ends = ends;
    }
}
