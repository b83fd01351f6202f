package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.kit.security.OrgUnitCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.daxiang.justice.evaluation.persons.PersonEvent.CORRECTION_ENDED;
import static cn.daxiang.justice.evaluation.persons.PersonEvent.CORRECTION_STARTED;
import static cn.daxiang.justice.evaluation.persons.PersonEvent.LEGAL_AID_GRANTED;
import static cn.daxiang.justice.evaluation.persons.PersonEvent.PRISON_RELEASED;
import static cn.daxiang.justice.evaluation.persons.PersonEvent.RESETTLEMENT_RECEIVED;

/**
 * The cross-line figures of one org unit and period (issue 22), from the lines' person events: hashes of ID numbers
 * only, matched here, never a number. Each figure counts persons (distinct hashes), not events.
 * <ul>
 * <li>{@value #RELEASED}: persons released from correction (CORRECTION_ENDED) or from prison (PRISON_RELEASED) in the
 *     unit within the {@code years} up to the end of the period;</li>
 * <li>{@value #REOFFENDED}: of those, the persons who became a corrections subject again (CORRECTION_STARTED, any unit
 *     the events cover) after such a release and by the end of the period — so within {@code years} of it. This is
 *     重新犯罪 as far as the platform sees it — a new community-correction record — not the legal definition (a new
 *     prison sentence, or a crime judged elsewhere, is not seen);</li>
 * <li>{@value #CORRECTION_LEGAL_AID}: persons granted legal aid in the period (decision date, any unit) who were in
 *     correction in the unit at some time in the period (received by its end and not released before its start);</li>
 * <li>{@value #RESETTLEMENT_LATER_CORRECTION}: persons who became a corrections subject in the unit in the period
 *     after having been received for 安置帮教 (RESETTLEMENT_RECEIVED earlier).</li>
 * </ul>
 */
public final class CrossLineFigures {

    public static final String RELEASED = "persons.released";
    public static final String REOFFENDED = "persons.reoffended";
    public static final String CORRECTION_LEGAL_AID = "persons.correction.legalAidGranted";
    public static final String RESETTLEMENT_LATER_CORRECTION = "persons.resettlement.laterCorrection";

    private CrossLineFigures() {
    }

    /** The window of events a run needs: the look-back of {@code years} before the period's start, to its end. */
    public static LocalDate windowStart(LocalDate from, int years) {
        return from.minusYears(years);
    }

    public static Map<String, BigDecimal> compute(Collection<PersonEvent> events, String orgUnit, LocalDate from, LocalDate to,
                                                  int years) {
        Map<String, List<PersonEvent>> byPerson = events.stream()
                .filter(e -> e.hash() != null && e.event() != null && e.date() != null && !e.date().isAfter(to))
                .collect(Collectors.groupingBy(PersonEvent::hash));
        Set<String> released = new HashSet<>();
        Set<String> reoffended = new HashSet<>();
        Set<String> legalAid = new HashSet<>();
        Set<String> laterCorrection = new HashSet<>();
        LocalDate releaseWindowStart = to.minusYears(years);
        byPerson.forEach((hash, own) -> {
            List<PersonEvent> starts = own.stream().filter(e -> CORRECTION_STARTED.equals(e.event())).toList();
            for (PersonEvent release : own) {
                boolean isRelease = CORRECTION_ENDED.equals(release.event()) || PRISON_RELEASED.equals(release.event());
                if (!isRelease || !in(orgUnit, release) || !release.date().isAfter(releaseWindowStart)) {
                    continue;
                }
                released.add(hash);
                // events after the period's end are left out, so a later start is within the years of this release
                if (starts.stream().anyMatch(s -> s.date().isAfter(release.date()))) {
                    reoffended.add(hash);
                }
            }
            boolean granted = own.stream().anyMatch(e -> LEGAL_AID_GRANTED.equals(e.event()) && !e.date().isBefore(from));
            if (granted && starts.stream().anyMatch(s -> in(orgUnit, s) && inCorrectionDuring(s, own, from))) {
                legalAid.add(hash);
            }
            for (PersonEvent start : starts) {
                if (in(orgUnit, start) && !start.date().isBefore(from) && own.stream().anyMatch(
                        e -> RESETTLEMENT_RECEIVED.equals(e.event()) && e.date().isBefore(start.date()))) {
                    laterCorrection.add(hash);
                }
            }
        });
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(RELEASED, BigDecimal.valueOf(released.size()));
        figures.put(REOFFENDED, BigDecimal.valueOf(reoffended.size()));
        figures.put(CORRECTION_LEGAL_AID, BigDecimal.valueOf(legalAid.size()));
        figures.put(RESETTLEMENT_LATER_CORRECTION, BigDecimal.valueOf(laterCorrection.size()));
        return figures;
    }

    /** A correction received by the period's end (events after it are already left out) and not ended before its start. */
    private static boolean inCorrectionDuring(PersonEvent start, List<PersonEvent> own, LocalDate from) {
        LocalDate ended = own.stream().filter(e -> CORRECTION_ENDED.equals(e.event()) && !e.date().isBefore(start.date()))
                .map(PersonEvent::date).min(LocalDate::compareTo).orElse(null);
        return ended == null || !ended.isBefore(from);
    }

    private static boolean in(String orgUnit, PersonEvent e) {
        return e.orgUnit() != null && OrgUnitCode.covers(orgUnit, e.orgUnit());
    }
}
