package cn.daxiang.justice.mediation.mapping;

import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.mediation.api.DisputeInput;
import cn.daxiang.justice.mediation.api.DisputeView;
import cn.daxiang.justice.mediation.api.FollowUpView;
import cn.daxiang.justice.mediation.api.PartyInput;
import cn.daxiang.justice.mediation.api.PartyView;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeMediator;
import cn.daxiang.justice.mediation.domain.DisputeParty;
import cn.daxiang.justice.mediation.domain.FollowUp;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Between the dispute entities and what the API sends and receives. */
public final class DisputeMapper {

    private DisputeMapper() {
    }

    /** A dispute in a list or a sync answer: without its due dates. */
    public static DisputeView toView(Dispute d, Disclosure disclosure) {
        return toView(d, disclosure, null);
    }

    public static DisputeView toView(Dispute d, Disclosure disclosure, List<Deadline> deadlines) {
        List<PartyView> parties = d.parties.stream().map(p -> party(p, disclosure)).toList();
        List<UUID> mediators = d.mediators.stream().map(m -> m.mediatorId).toList();
        return new DisputeView(d.id, d.orgUnit, d.version, d.committeeId, d.registeredOn, d.source, d.category,
                d.summary, d.amountInvolved, d.status, d.escalationPrevented, d.serious, d.startedOn, d.concludedOn,
                d.agreementForm, d.referral, d.conclusionNote, d.archivedOn, d.complexityGrade, d.dossierNumber,
                d.extendedUntil, d.extensionReason, d.agreementEffectiveOn, d.confirmationSought, d.confirmationAppliedOn,
                parties, mediators, deadlines, d.createdAt, d.updatedAt);
    }

    static PartyView party(DisputeParty p, Disclosure d) {
        return new PartyView(d.name(p.name), p.role, d.idNumber(p.idNumber), d.phone(p.phone));
    }

    /** The registration fields; status and action fields are left alone. */
    public static void apply(DisputeInput input, Dispute d) {
        d.orgUnit = input.orgUnit();
        d.committeeId = input.committeeId();
        d.registeredOn = input.registeredOn();
        d.source = input.source();
        d.category = input.category();
        d.summary = input.summary().strip();
        d.amountInvolved = input.amountInvolved();
        d.escalationPrevented = Boolean.TRUE.equals(input.escalationPrevented());
        d.serious = Boolean.TRUE.equals(input.serious());
        applyParties(input.parties(), d);
        applyMediators(input.mediatorIds() == null ? List.of() : input.mediatorIds(), d);
        applyClockFields(input, d);
    }

    /** The extension and the judicial confirmation: a field not sent keeps its value (clients that predate them). */
    static void applyClockFields(DisputeInput input, Dispute d) {
        if (input.extendedUntil() != null) {
            d.extendedUntil = input.extendedUntil();
            d.extensionReason = input.extensionReason() == null ? null : input.extensionReason().strip();
        }
        if (input.confirmationSought() != null) {
            d.confirmationSought = input.confirmationSought();
            if (!d.confirmationSought) {
                d.confirmationAppliedOn = null;
            }
        }
        if (input.confirmationAppliedOn() != null) {
            d.confirmationAppliedOn = input.confirmationAppliedOn();
        }
    }

    /** Updates the parties in place by position, so rows are reused rather than deleted and re-inserted. */
    static void applyParties(List<PartyInput> inputs, Dispute d) {
        while (d.parties.size() > inputs.size()) {
            d.parties.remove(d.parties.size() - 1);
        }
        for (int i = 0; i < inputs.size(); i++) {
            PartyInput in = inputs.get(i);
            DisputeParty p;
            boolean fresh = i >= d.parties.size();
            if (fresh) {
                p = new DisputeParty();
                p.dispute = d;
                p.position = i;
                d.parties.add(p);
            } else {
                p = d.parties.get(i);
            }
            String name = in.name().strip();
            String idNumber = ResidentIdNumber.normalize(in.idNumber());
            String phone = in.phone() == null ? null : in.phone().strip();
            boolean changed = !fresh && (!name.equals(p.name) || p.role != in.role() || !java.util.Objects.equals(idNumber, p.idNumber)
                    || !java.util.Objects.equals(phone, p.phone) || !d.orgUnit.equals(p.orgUnit));
            p.orgUnit = d.orgUnit;
            p.name = name;
            p.role = in.role();
            p.idNumber = idNumber;
            p.phone = phone;
            if (changed) {
                p.nextVersion();
            }
        }
    }

    /** Keeps assignments of mediators still named, drops the others, adds the new ones; order is the list's. */
    static void applyMediators(List<UUID> ids, Dispute d) {
        d.mediators.removeIf(m -> !ids.contains(m.mediatorId));
        List<DisputeMediator> ordered = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            DisputeMediator m = d.mediators.stream().filter(x -> x.mediatorId.equals(id)).findFirst().orElse(null);
            if (m == null) {
                m = new DisputeMediator();
                m.dispute = d;
                m.mediatorId = id;
                m.position = i;
                m.orgUnit = d.orgUnit;
                d.mediators.add(m);
            } else if (m.position != i || !d.orgUnit.equals(m.orgUnit)) {
                m.position = i;
                m.orgUnit = d.orgUnit;
                m.nextVersion();
            }
            ordered.add(m);
        }
        d.mediators.sort(java.util.Comparator.comparingInt(ordered::indexOf));
    }

    public static FollowUpView toView(FollowUp f) {
        return new FollowUpView(f.id, f.orgUnit, f.version, f.disputeId, f.visitedOn, f.fulfilment, f.satisfaction,
                f.note, f.createdAt, f.updatedAt);
    }
}
