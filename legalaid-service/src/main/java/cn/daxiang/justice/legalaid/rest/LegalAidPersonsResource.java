package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.legalaid.service.LegalAidPersons;
import cn.daxiang.justice.kit.personview.PersonRecordsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The person view's question to legal aid (issue 22): this line's records of one person, by the hash of the ID number. */
@Path("/api/v1/legal-aid/persons")
@Tag(name = "persons", description = "跨业务线人员 / one person across the lines")
public class LegalAidPersonsResource extends PersonRecordsResource {

    @Override
    protected Map<String, String> collections() {
        return Map.of(LegalAidPersons.APPLICATIONS, "/api/v1/legal-aid/applications");
    }
}
