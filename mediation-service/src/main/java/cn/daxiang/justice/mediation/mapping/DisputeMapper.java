package cn.daxiang.justice.mediation.mapping;

import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.mediation.api.AgreementInput;
import cn.daxiang.justice.mediation.api.AgreementTermView;
import cn.daxiang.justice.mediation.api.AgreementView;
import cn.daxiang.justice.mediation.api.DisputeInput;
import cn.daxiang.justice.mediation.api.DisputeView;
import cn.daxiang.justice.mediation.api.FollowUpView;
import cn.daxiang.justice.mediation.api.PartyInput;
import cn.daxiang.justice.mediation.api.PartyView;
import cn.daxiang.justice.mediation.domain.AgreementTerm;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeMediator;
import cn.daxiang.justice.mediation.domain.DisputeParty;
import cn.daxiang.justice.mediation.domain.DisputeRow;
import cn.daxiang.justice.mediation.domain.FollowUp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

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
                d.confirmationCourt, d.confirmationRuling, d.confirmationRuledOn, d.confirmationCaseNumber, agreement(d),
                d.referringOrgan, d.referralDocumentNumber, d.referralReceivedOn, d.feedbackOn, d.feedbackContent, parties, mediators, deadlines, d.createdAt, d.updatedAt);
    }

    static AgreementView agreement(Dispute d) {
        if (d.agreementMatters == null) {
            return null;
        }
        List<AgreementTermView> terms = d.terms.stream()
                .map(t -> new AgreementTermView(t.position, t.obligorParty, t.obligation, t.amount, t.dueOn)).toList();
        return new AgreementView(d.agreementMatters, terms, d.performanceMethod, d.agreementDocumentNumber);
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
        applyReferral(input, d);
        for (AgreementTerm t : d.terms) {
            if (!d.orgUnit.equals(t.orgUnit)) {
                t.orgUnit = d.orgUnit;
                t.nextVersion();
            }
        }
    }

    /**
     * The referring organ, its document and the day received: a field not sent keeps its value (clients that predate them);
     * a source that is not a referral has none, so they are cleared.
     */
    static void applyReferral(DisputeInput input, Dispute d) {
        if (!d.source.isReferral()) {
            d.referringOrgan = null;
            d.referralDocumentNumber = null;
            d.referralReceivedOn = null;
            return;
        }
        if (input.referringOrgan() != null) {
            d.referringOrgan = input.referringOrgan().strip();
        }
        if (input.referralDocumentNumber() != null) {
            d.referralDocumentNumber = blankToNull(input.referralDocumentNumber());
        }
        if (input.referralReceivedOn() != null) {
            d.referralReceivedOn = input.referralReceivedOn();
        }
    }

    /** The agreement's content; its terms are updated in place by position, as the parties are. */
    public static void applyAgreement(AgreementInput input, Dispute d) {
        d.agreementMatters = input.matters().strip();
        d.performanceMethod = input.performanceMethod().strip();
        d.agreementDocumentNumber = input.documentNumber() == null ? null : blankToNull(input.documentNumber());
        byPosition(d, d.terms, input.terms(), AgreementTerm::new, (t, in) -> {
            String obligation = in.obligation().strip();
            boolean changed = t.obligorParty != in.obligorParty() || !obligation.equals(t.obligation)
                    || !sameAmount(t.amount, in.amount()) || !Objects.equals(t.dueOn, in.dueOn()) || !d.orgUnit.equals(t.orgUnit);
            t.orgUnit = d.orgUnit;
            t.obligorParty = in.obligorParty();
            t.obligation = obligation;
            t.amount = in.amount() == null ? null : in.amount().setScale(2);
            t.dueOn = in.dueOn();
            return changed;
        });
    }

    /** An optional text field sent blank clears it. */
    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
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
        if (input.confirmationCourt() != null) {
            d.confirmationCourt = blankToNull(input.confirmationCourt());
        }
        if (!d.confirmationSought) {
            d.confirmationCourt = null;
        }
    }

    /** Updates the parties in place by position, so rows are reused rather than deleted and re-inserted. */
    static void applyParties(List<PartyInput> inputs, Dispute d) {
        byPosition(d, d.parties, inputs, DisputeParty::new, (p, in) -> {
            String name = in.name().strip();
            String idNumber = ResidentIdNumber.normalize(in.idNumber());
            String phone = in.phone() == null ? null : in.phone().strip();
            boolean changed = !name.equals(p.name) || p.role != in.role() || !Objects.equals(idNumber, p.idNumber)
                    || !Objects.equals(phone, p.phone) || !d.orgUnit.equals(p.orgUnit);
            p.orgUnit = d.orgUnit;
            p.name = name;
            p.role = in.role();
            p.idNumber = idNumber;
            p.phone = phone;
            return changed;
        });
    }

    /**
     * The rows of a list that is part of the dispute (parties, agreement terms) from the inputs, by position: rows beyond the
     * inputs go, missing ones are made by {@code fresh} and placed; {@code fill} sets a row from its input and answers whether
     * it changed, which gives a reused row its next version.
     */
    static <R extends DisputeRow, I> void byPosition(Dispute d, List<R> rows, List<I> inputs, Supplier<R> fresh, BiPredicate<R, I> fill) {
        while (rows.size() > inputs.size()) {
            rows.remove(rows.size() - 1);
        }
        for (int i = 0; i < inputs.size(); i++) {
            boolean reused = i < rows.size();
            R row = reused ? rows.get(i) : fresh.get();
            if (!reused) {
                row.dispute = d;
                row.position = i;
                rows.add(row);
            }
            if (fill.test(row, inputs.get(i)) && reused) {
                row.nextVersion();
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
        return new FollowUpView(f.id, f.orgUnit, f.version, f.disputeId, f.visitedOn, f.fulfilment, f.termPerformance, f.satisfaction,
                f.note, f.createdAt, f.updatedAt);
    }
}
