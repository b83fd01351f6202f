package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import cn.daxiang.justice.kit.testapp.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a rule does to its record on withdrawal: its own {@code onWithdrawn}, else what a rejection does. */
class ApprovalRuleTest {

    static ApprovalRule<Sample> rule() {
        return ApprovalRule.on(Sample.class, "SAMPLE").named("样例审批").basis("《样例规定》第一条").link("/test/samples/{id}")
                .route(s -> List.of(OrgUnitLevel.TOWNSHIP))
                .onRejected(s -> s.amount = -1);
    }

    @Test
    void aRuleWithoutOnWithdrawnTreatsAWithdrawalAsARejection() {
        Sample sample = new Sample();
        sample.amount = 5;
        rule().withdraw(sample);
        assertEquals(-1, sample.amount, "the payment bug of session 10: a withdrawal that did nothing");
    }

    @Test
    void aRuleWithItsOwnOnWithdrawnAppliesThatInstead() {
        Sample sample = new Sample();
        sample.amount = 5;
        ApprovalRule<Sample> rule = rule().onWithdrawn(s -> s.amount = 0);
        rule.withdraw(sample);
        assertEquals(0, sample.amount);
        // and set before onRejected, too: the order of the calls does not matter
        Sample other = new Sample();
        ApprovalRule.on(Sample.class, "SAMPLE").onWithdrawn(s -> s.amount = 7).onRejected(s -> s.amount = -1).withdraw(other);
        assertEquals(7, other.amount);
    }
}
