package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.mediation.service.MediationPersons;
import cn.daxiang.justice.kit.personview.PersonRecordsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * The person view's question to mediation (issue 22): the disputes in which the person is a party with an ID number.
 * Mediation publishes no person events: no cross-line figure needs a dispute.
 */
@Path("/api/v1/mediation/persons")
@Tag(name = "persons", description = "跨业务线人员 / one person across the lines")
public class MediationPersonsResource extends PersonRecordsResource {

    @Override
    protected Map<String, String> collections() {
        return Map.of(MediationPersons.DISPUTES, "/api/v1/mediation/disputes");
    }
}
