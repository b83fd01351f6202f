package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.personview.PersonEventsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legal aid's person events for the cross-line figures (issue 22): an application granted (ACCEPTED), on its decision date. */
@Path("/api/v1/legal-aid/person-events")
@Tag(name = "persons", description = "跨业务线人员 / one person across the lines")
public class LegalAidPersonEventsResource extends PersonEventsResource {

    @Override
    protected String eventsSql() {
        return """
                SELECT 'applications' AS record_type, id AS record_id, 'LEGAL_AID_GRANTED' AS event, decided_on AS event_date, org_unit
                FROM application WHERE status = 'ACCEPTED' AND decided_on IS NOT NULL""";
    }
}
