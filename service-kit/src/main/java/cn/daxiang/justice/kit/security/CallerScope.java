package cn.daxiang.justice.kit.security;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and which org units they act for. Every query filters through
 * {@link #likePattern()} and every read or write of one record through {@link #requireVisible} or
 * {@link #requireWritable}, so no path can reach another office's records.
 */
@RequestScoped
public class CallerScope {

    public static final String ORG_UNIT_CLAIM = "org_unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's org unit as a log row records it: null rather than a refusal when the token has none. */
    public String orgUnitOrNull() {
        String claim = identity.isAnonymous() ? null : token.getClaim(ORG_UNIT_CLAIM);
        return OrgUnitCode.isWellFormed(claim) ? claim : null;
    }

    /** The org unit the caller acts for; a token without a valid one is refused. */
    public String orgUnit() {
        String claim = token.getClaim(ORG_UNIT_CLAIM);
        if (!OrgUnitCode.isWellFormed(claim)) {
            throw new ApiException(ProblemType.FORBIDDEN, "令牌缺少有效的机构代码（org_unit）");
        }
        return claim;
    }

    public boolean covers(String code) {
        return OrgUnitCode.covers(orgUnit(), code);
    }

    /** For {@code org_unit LIKE :pattern}: the caller's unit and everything below it. */
    public String likePattern() {
        return OrgUnitCode.likePattern(orgUnit());
    }

    /** A record outside the caller's scope answers 404, as if it did not exist. */
    public void requireVisible(String recordOrgUnit, String what, Object id) {
        if (!covers(recordOrgUnit)) {
            throw ApiException.notFound(what, id);
        }
    }

    /** Writing for an org unit outside the caller's scope, or as a read-only role, is refused. */
    public void requireWritable(String targetOrgUnit) {
        if (hasRole(Roles.PROVINCIAL_READER) && !hasRole(Roles.DISTRICT_ADMIN)) {
            throw ApiException.forbidden("只读角色不能修改数据");
        }
        if (!covers(targetOrgUnit)) {
            throw ApiException.forbidden("机构 " + targetOrgUnit + " 不在您的管辖范围内");
        }
    }
}
