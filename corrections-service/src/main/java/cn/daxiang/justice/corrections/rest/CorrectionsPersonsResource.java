package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.service.CorrectionsPersons;
import cn.daxiang.justice.kit.personview.PersonRecordsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The person view's question to corrections (issue 22): this line's records of one person, by the hash of the ID number. */
@Path("/api/v1/corrections/persons")
@Tag(name = "persons", description = "跨业务线人员 / one person across the lines")
public class CorrectionsPersonsResource extends PersonRecordsResource {

    @Override
    protected Map<String, String> collections() {
        return Map.of(CorrectionsPersons.SUBJECTS, "/api/v1/corrections/subjects",
                CorrectionsPersons.RESETTLEMENT_PERSONS, "/api/v1/corrections/resettlement/persons");
    }
}
