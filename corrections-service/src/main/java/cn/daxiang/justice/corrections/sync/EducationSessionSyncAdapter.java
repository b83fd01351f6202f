package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.EducationSessionInput;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.service.EducationService;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.UUID;

/** Education sessions over sync, through the same service methods as the API's POST and PUT. */
@ApplicationScoped
public class EducationSessionSyncAdapter implements SyncAdapter<EducationSession, EducationSessionInput> {

    @Inject
    EducationService service;

    @Override
    public String resource() {
        return "education-sessions";
    }

    @Override
    public Class<EducationSession> entityType() {
        return EducationSession.class;
    }

    @Override
    public Class<EducationSessionInput> inputType() {
        return EducationSessionInput.class;
    }

    @Override
    public UUID id(EducationSessionInput input) {
        return input.id();
    }

    @Override
    public Long version(EducationSessionInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(EducationSessionInput input) {
        return input.orgUnit();
    }

    @Override
    public EducationSession create(EducationSessionInput input) {
        return service.createEntity(input);
    }

    @Override
    public void update(EducationSession current, EducationSessionInput input) {
        service.applyUpdate(current, input);
    }

    @Override
    public void beforeDelete(EducationSession current) {
        service.removeAttendances(current);
    }

    @Override
    public Object view(EducationSession entity, Disclosure disclosure) {
        return service.view(entity);
    }

    @Override
    public boolean sameContent(EducationSession current, EducationSessionInput input) {
        EducationSession candidate = new EducationSession();
        EducationService.apply(input, candidate);
        // attendances are rows of their own: compare them as a set of subjects
        EducationService.withAttendees(current);
        candidate.attendees = current.attendees;
        return RecordContent.same(current, candidate)
                && new HashSet<>(current.attendees).equals(new HashSet<>(input.subjectIds()))
                && current.attendees.size() == input.subjectIds().size();
    }
}
