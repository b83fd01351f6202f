package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.sync.SyncResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Township sync of the legal aid line (see conventions, "Sync"): batch upsert and the change
 * feed, over the kit's protocol. Resources: applications, cases (download only), reviews and
 * follow-ups (each naming its case; entered once, not changed), consultations, providers,
 * service-points, objections (each naming its refused application; changed only while pending).
 */
@Path("/api/v1/legal-aid/sync")
@Tag(name = "legal-aid-sync", description = "乡镇司法所离线同步 / township offline sync: batch upsert and change feed")
public class LegalAidSyncResource extends SyncResource {
}
