package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.StatsFallback;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Asks the three lines, in parallel and each with the caller's own token, which records of a person (by the keyed
 * hash of the ID number) the caller may see, and merges the answers. A line that fails or is slow is marked
 * unavailable with the reason: the view never reads a failure as "no records", and never answers 500 for it.
 */
@ApplicationScoped
public class PersonViewService {

    private static final Logger LOG = Logger.getLogger(PersonViewService.class);
    /** Per line; the three run in parallel, so the view waits at most about this long. */
    static final Duration LINE_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @RestClient
    PersonClients.Corrections corrections;

    @Inject
    @RestClient
    PersonClients.Mediation mediation;

    @Inject
    @RestClient
    PersonClients.LegalAid legalAid;

    public PersonView view(String hash, String authorization) {
        var all = Uni.combine().all().unis(
                        line(Line.CORRECTIONS, corrections.person(hash, authorization)),
                        line(Line.MEDIATION, mediation.person(hash, authorization)),
                        line(Line.LEGAL_AID, legalAid.person(hash, authorization)))
                .asTuple().await().atMost(LINE_TIMEOUT.multipliedBy(2));
        List<PersonView.LineRecords> lines = List.of(all.getItem1(), all.getItem2(), all.getItem3());
        List<String> heldBy = lines.stream().filter(l -> !l.records().isEmpty()).map(PersonView.LineRecords::line).toList();
        boolean complete = lines.stream().allMatch(l -> "AVAILABLE".equals(l.status()));
        return new PersonView(hash, heldBy, complete, lines);
    }

    /** The ids of the records a view holds (and their parents'), for the access log. */
    public static List<UUID> recordIds(PersonView view) {
        return view.lines().stream().flatMap(l -> l.records().stream())
                .flatMap(r -> Stream.of(r.id(), r.parentId())).filter(Objects::nonNull).distinct().toList();
    }

    private static Uni<PersonView.LineRecords> line(Line line, Uni<LinePersonAnswer> call) {
        return call.ifNoItem().after(LINE_TIMEOUT).fail()
                .map(answer -> new PersonView.LineRecords(line.name(), line.label(), "AVAILABLE", null,
                        answer == null || answer.records() == null ? List.of()
                                : answer.records().stream().filter(Objects::nonNull).toList()))
                .onFailure().recoverWithItem(failure -> {
                    // the reason names the failure's kind only: the hash is not logged either
                    String reason = line.label() + "服务（" + line.service() + "）不可用：" + StatsFallback.reason(failure);
                    LOG.warnf("person view: %s unavailable: %s", line.service(), failure.getClass().getSimpleName());
                    return new PersonView.LineRecords(line.name(), line.label(), "UNAVAILABLE", reason, List.of());
                });
    }
}
