package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.kit.personview.PersonEventsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Corrections' person events for the cross-line figures (issue 22): a subject received (intake date) and released
 * (解除矫正: status RELEASED, not a termination), a resettlement person released from prison and received for 帮教.
 */
@Path("/api/v1/corrections/person-events")
@Tag(name = "persons", description = "跨业务线人员 / one person across the lines")
public class CorrectionsPersonEventsResource extends PersonEventsResource {

    @Override
    protected String eventsSql() {
        return """
                SELECT 'subjects' AS record_type, id AS record_id, 'CORRECTION_STARTED' AS event, intake_date AS event_date, org_unit
                FROM subject
                UNION ALL
                SELECT 'subjects', id, 'CORRECTION_ENDED', ended_on, org_unit FROM subject
                WHERE status = 'RELEASED' AND ended_on IS NOT NULL
                UNION ALL
                SELECT 'resettlement-persons', id, 'PRISON_RELEASED', released_on, org_unit FROM resettlement_person
                WHERE source = 'PRISON_RELEASE'
                UNION ALL
                SELECT 'resettlement-persons', id, 'RESETTLEMENT_RECEIVED', received_on, org_unit FROM resettlement_person""";
    }
}
