package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.Gender;
import cn.daxiang.justice.corrections.domain.ReleaseReason;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.corrections.domain.SupervisionKind;
import cn.daxiang.justice.corrections.domain.SupervisionRecord;
import cn.daxiang.justice.corrections.domain.TeamMember;
import cn.daxiang.justice.kit.document.InstrumentCatalog;
import cn.daxiang.justice.kit.document.InstrumentKind;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.daxiang.justice.kit.document.Instruments.chineseDate;

/**
 * Corrections' formal instruments: 社区矫正宣告书, read out at the intake announcement (入矫宣告: the judgment's essentials,
 * the period, the obligations and rights, the correction team; 社区矫正法实施办法, article number unconfirmed), and
 * 解除社区矫正证明书 for a subject whose correction ended by release (社区矫正法第四十四条: 「社区矫正对象矫正期满或者被赦免的，
 * 社区矫正机构应当向社区矫正对象发放解除社区矫正证明书」). Numbered 〔年〕<office>矫宣字 / 矫解字第N号.
 */
@ApplicationScoped
public class CorrectionsInstruments implements InstrumentCatalog {

    public static final String ANNOUNCEMENT = "announcement";
    public static final String RELEASE = "release";

    static final Map<SubjectType, String> TYPES = Map.of(SubjectType.CONTROL, "管制", SubjectType.PROBATION, "宣告缓刑",
            SubjectType.PAROLE, "裁定假释", SubjectType.OUTSIDE_PRISON, "决定暂予监外执行");

    @Override
    public List<InstrumentKind<?>> kinds() {
        return List.of(
                InstrumentKind.of(Subject.class, "corrections", ANNOUNCEMENT, "社区矫正宣告书", "矫宣")
                        .filedAs("ANNOUNCEMENT")
                        .requires(s -> s.status == SubjectStatus.IN_CORRECTION, "社区矫正已结束，不能再出具社区矫正宣告书")
                        .issuedOn(CorrectionsInstruments::announcedOn)
                        .model(this::announcement),
                InstrumentKind.of(Subject.class, "corrections", RELEASE, "解除社区矫正证明书", "矫解")
                        .filedAs("RELEASE_CERTIFICATE")
                        .requires(s -> s.status == SubjectStatus.RELEASED, "社区矫正对象未解除矫正（期满或者赦免），不能出具解除社区矫正证明书")
                        .issuedOn(s -> s.endedOn)
                        .model(this::release));
    }

    /** The day of the intake announcement (入矫宣告) recorded as a supervision record, else the intake day. */
    static LocalDate announcedOn(Subject s) {
        return SupervisionRecord.<SupervisionRecord>find("subjectId = ?1 and kind = ?2", Sort.ascending("occurredOn"), s.id,
                SupervisionKind.ANNOUNCEMENT).firstResultOptional().map(r -> r.occurredOn).orElse(s.intakeDate);
    }

    private Map<String, Object> person(Subject s) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", s.name);
        model.put("gender", s.gender == Gender.MALE ? "男" : "女");
        model.put("birthDate", chineseDate(s.birthDate));
        model.put("idNumber", s.idNumber);
        model.put("offence", s.offence);
        model.put("sentence", s.sentence);
        model.put("type", TYPES.get(s.type));
        model.put("decidingAuthority", s.decidingAuthority);
        model.put("correctionStart", chineseDate(s.correctionStart));
        model.put("correctionEnd", chineseDate(s.correctionEnd));
        return model;
    }

    private Map<String, Object> announcement(Subject s) {
        Map<String, Object> model = person(s);
        model.put("team", TeamMember.<TeamMember>find("subjectId = ?1 and leftOn is null", Sort.ascending("joinedOn"), s.id).stream()
                .map(m -> m.name + "（" + m.role.label() + "）").collect(Collectors.joining("、")));
        return model;
    }

    private Map<String, Object> release(Subject s) {
        Map<String, Object> model = person(s);
        model.put("endedOn", chineseDate(s.endedOn));
        model.put("releaseReason", ReleaseReason.PARDON.name().equals(s.endReason) ? "被赦免" : "社区矫正期满");
        return model;
    }
}
