package cn.daxiang.justice.kit.personal;

import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one masking policy of the platform, per role and kind of read (README, "Personal data"):
 *
 * <pre>
 * role               single record   bulk (lists, change feeds, sync answers, exports, replays)
 * township-clerk     FULL            FULL      its own unit's records, for its offline mirror
 * district-admin     FULL            MASKED    sees a person in clear only one record at a time
 * provincial-reader  MASKED          MASKED
 * evaluator          MASKED          MASKED
 * service            MASKED          MASKED
 * </pre>
 *
 * A caller's scope already limits which records it reads; this decides how much of each it sees.
 * A token holding both district-admin and township-clerk is treated as a district admin, the
 * stricter of the two in bulk.
 */
@RequestScoped
public class PersonalDataPolicy {

    @Inject
    CallerScope caller;

    /** One record read or written by id (GET /{id}, the answer to a create, an update or an action). */
    public Disclosure single() {
        return caller.hasRole(Roles.DISTRICT_ADMIN) || clerk() ? Disclosure.FULL : Disclosure.MASKED;
    }

    /** Many records at once: lists, change feeds, sync upload answers and their replays, exports. */
    public Disclosure bulk() {
        return clerk() ? Disclosure.FULL : Disclosure.MASKED;
    }

    private boolean clerk() {
        return caller.hasRole(Roles.TOWNSHIP_CLERK) && !caller.hasRole(Roles.DISTRICT_ADMIN);
    }
}
