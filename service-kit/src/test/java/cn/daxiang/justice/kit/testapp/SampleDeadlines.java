package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.clock.DeadlineCatalog;
import cn.daxiang.justice.kit.clock.DeadlineRule;
import cn.daxiang.justice.kit.clock.Period;
import cn.daxiang.justice.kit.clock.Stop;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * How a line lists its statutory periods: a BETA sample is reviewed within 7 days, stopped while materials are awaited;
 * an amount over 100 stands for an extension to that many days, an amount of 5 for a period of 5 working days.
 */
@ApplicationScoped
public class SampleDeadlines implements DeadlineCatalog {

    @Override
    public List<DeadlineRule<?>> rules() {
        return List.of(DeadlineRule.on(Sample.class, "SAMPLE_REVIEW")
                .named("审查样例", "Sample review")
                .basis("《中华人民共和国法律援助法》第四十三条第一款", Period.days(7))
                .metric("sample.review")
                .link("/test/samples/{id}")
                .startsOn(s -> s.kind == Sample.Kind.BETA ? s.happenedOn : null)
                .metOn(s -> s.doneOn)
                .extendedTo(s -> s.amount > 100 ? s.happenedOn.plusDays(s.amount) : null)
                .periodFor(s -> s.amount == 5 ? Period.workingDays(5) : null)
                .stoppedDuring(s -> s.stoppedFrom == null ? List.of() : List.of(new Stop(s.stoppedFrom, s.stoppedUntil))));
    }
}
