package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.document.InstrumentCatalog;
import cn.daxiang.justice.kit.document.InstrumentKind;
import cn.daxiang.justice.mediation.domain.AgreementForm;
import cn.daxiang.justice.mediation.domain.AgreementTerm;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeParty;
import cn.daxiang.justice.mediation.domain.DisputeStatus;
import cn.daxiang.justice.mediation.domain.Mediator;
import cn.daxiang.justice.mediation.domain.PartyRole;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static cn.daxiang.justice.kit.document.Instruments.chineseDate;

/**
 * Mediation's formal instrument: 人民调解协议书 from a successful mediation's written agreement, its content as 人民调解法
 * 第二十九条 lists it (the parties, the facts and matters in dispute, the terms, the manner and time of performance),
 * issued by the committee and numbered 〔年〕<office>调字第N号.
 */
@ApplicationScoped
public class MediationInstruments implements InstrumentCatalog {

    public static final String AGREEMENT = "agreement";

    static final Map<PartyRole, String> ROLES = Map.of(PartyRole.APPLICANT, "申请人", PartyRole.RESPONDENT, "被申请人",
            PartyRole.THIRD_PARTY, "第三人");

    @Override
    public List<InstrumentKind<?>> kinds() {
        return List.of(InstrumentKind.of(Dispute.class, "mediation", AGREEMENT, "人民调解协议书", "调")
                        .filedAs("AGREEMENT")
                .requires(d -> d.status == DisputeStatus.SUCCEEDED, "纠纷未调解成功，不能出具人民调解协议书")
                .requires(d -> d.agreementForm == AgreementForm.WRITTEN, "口头协议不制作人民调解协议书（人民调解法第二十八条）")
                .requires(d -> d.agreementMatters != null && !d.terms.isEmpty(), "尚未登记调解协议内容（协议事项和条款），不能出具人民调解协议书")
                .issuedOn(MediationDeadlines::agreementEffectiveOn)
                .model(this::agreement));
    }

    private Map<String, Object> agreement(Dispute d) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("issuer", Committee.<Committee>findByIdOptional(d.committeeId).map(c -> c.name).orElse(null));
        model.put("parties", d.parties.stream().map(MediationInstruments::party).collect(Collectors.joining("\n")));
        model.put("summary", d.summary);
        model.put("matters", d.agreementMatters);
        List<String> terms = new ArrayList<>();
        for (AgreementTerm t : d.terms) {
            terms.add((t.position + 1) + ". " + d.parties.get(t.obligorParty).name + t.obligation
                    + (t.amount == null ? "" : "，金额人民币" + t.amount.toPlainString() + "元")
                    + (t.dueOn == null ? "" : "，于" + chineseDate(t.dueOn) + "前履行") + "。");
        }
        model.put("terms", String.join("\n", terms));
        model.put("performance", d.performanceMethod);
        model.put("copies", String.valueOf(d.parties.size() + 1));
        model.put("partySignatures", d.parties.stream().map(p -> p.name).collect(Collectors.joining("　　")));
        model.put("mediators", d.mediators.stream().map(m -> Mediator.<Mediator>findByIdOptional(m.mediatorId).map(x -> x.name).orElse(null))
                .filter(Objects::nonNull).collect(Collectors.joining("　　")));
        return model;
    }

    private static String party(DisputeParty p) {
        return ROLES.get(p.role) + "：" + p.name + (p.idNumber == null ? "" : "，公民身份号码：" + p.idNumber)
                + (p.phone == null ? "" : "，联系电话：" + p.phone);
    }
}
