package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.person.PersonCatalog;
import cn.daxiang.justice.kit.person.PersonSource;
import cn.daxiang.justice.mediation.domain.Dispute;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The persons mediation holds, for the kit's blind index: each dispute's parties (rows of the dispute, written with it;
 * a party may have no ID number). Mediators are staff of the committees, not persons the line serves: not indexed.
 */
@ApplicationScoped
public class MediationPersons implements PersonCatalog {

    public static final String DISPUTES = "disputes";
    public static final String DISPUTE_PARTIES = "dispute-parties";

    @Override
    public List<PersonSource<?>> sources() {
        return List.of(PersonSource.of(DISPUTES, Dispute.class)
                .children(DISPUTE_PARTIES, d -> d.parties, "PARTY", p -> p.name, p -> p.idNumber));
    }
}
