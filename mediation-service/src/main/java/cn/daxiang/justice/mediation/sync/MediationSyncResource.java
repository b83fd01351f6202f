package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.sync.SyncResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Township sync of the mediation records: batch upsert and the change feed, over the kit's
 * protocol. Resources: committees, mediators, trainings, disputes (parties and assigned mediators inside the
 * record), screenings and follow-ups (created under a concluded dispute, never changed, as in the API).
 * Reward rates are set by the district, not by offices: they do not sync.
 */
@Path("/api/v1/mediation/sync")
@Tag(name = "mediation-sync", description = "乡镇同步 / township sync: batch upload and change feed")
public class MediationSyncResource extends SyncResource {
}
