package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.kit.sync.SyncResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Township sync of the corrections line (see conventions, "Sync"): batch upsert and the change
 * feed, over the kit's protocol. Resources: subjects, investigations, education-sessions,
 * remote-visits, resettlement-persons, violations, scores, electronic-locations, medical-reviews, supervision-records,
 * absconding-cases, rewards, resettlement-visits.
 */
@Path("/api/v1/corrections/sync")
@Tag(name = "corrections-sync", description = "乡镇司法所离线同步 / township offline sync: batch upsert and change feed")
public class CorrectionsSyncResource extends SyncResource {
}
