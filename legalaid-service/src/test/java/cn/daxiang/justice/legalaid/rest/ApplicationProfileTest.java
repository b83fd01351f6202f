package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.assign;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an application says beyond the matter: the notice of a notified case (通知辩护 法律援助法第二十五条, 通知代理 第二十八条, assigned within 3 日: 第三十六条),
 * the recipient's categories and the legal ground for skipping the financial-hardship check (第三十二条、第四十二条), and
 * the figures they give. Around National Day 2022 (holiday 10-01..10-07, 10-08 and 10-09 worked). 城西街道
 * (430503004000) is this class's for applications and cases (AdvanceAidTest's there carry no category, exemption or
 * notice; 2021 is avoided: LegalAidStatsTest counts the district's year); 翠园街道 (430503005000) is another office.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApplicationProfileTest {

    static final String TOWN = "430503004000";
    static final String OTHER_TOWN = "430503005000";
    static final String CLERK = "township-clerk";
    static final String PATH = BASE + "/applications";

    @Inject
    AgroalDataSource dataSource;

    static String body(UUID id, String channel, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","applicantName":"张小七","applicantIdNumber":"%s","applicantPhone":"13807391234",
                 "channel":"%s","matter":"涉嫌盗窃罪辩护","category":"CRIMINAL","receivedOn":"2022-09-29"%s}
                """.formatted(id, TOWN, IdNumbers.valid("43050319850101123"), channel, extra);
    }

    static String notice(String kind, String organ, String number) {
        return ",\"noticeReceivedOn\":\"2022-09-29\",\"notifyingOrgan\":\"%s\",\"noticeKind\":\"%s\",\"noticeDocumentNumber\":\"%s\""
                .formatted(organ, kind, number);
    }

    long applications() {
        return count(dataSource, "SELECT count(*) FROM application WHERE org_unit = ?", TOWN);
    }

    static UUID acceptedCase(String channelAndFields, String acceptedOn) {
        UUID app = UUID.randomUUID();
        as(CLERK, TOWN).body(body(app, channelAndFields.split("\\|", 2)[0], channelAndFields.split("\\|", 2)[1]))
                .post(PATH).then().statusCode(201);
        return UUID.fromString(as(CLERK, TOWN).body("{\"acceptedOn\":\"%s\",\"version\":1}".formatted(acceptedOn))
                .post(PATH + "/" + app + "/accept").then().statusCode(201).extract().path("id"));
    }

    static JsonPath stats(String from, String to) {
        return as("service", DISTRICT).queryParam("orgUnit", TOWN).queryParam("from", from).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aNotifiedApplicationWithoutItsNoticeKindOrDocumentNumberIsRefusedAndNothingIsStored() {
        long before = applications();
        String full = notice("DEFENCE", "COURT", "(2022)湘0503刑初88号");
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "NOTIFIED", full.replace(",\"noticeKind\":\"DEFENCE\"", "")))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("noticeKind"));
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "NOTIFIED", full.replace("(2022)湘0503刑初88号", "")))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("noticeDocumentNumber"));
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "NOTIFIED", full.replace(",\"notifyingOrgan\":\"COURT\"", "")))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("notifyingOrgan"));
        // a document number has a number in it and no stray characters
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "NOTIFIED", full.replace("(2022)湘0503刑初88号", "见附件")))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("noticeDocumentNumber"));
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "NOTIFIED", full.replace("(2022)湘0503刑初88号", "2021<script>")))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("noticeDocumentNumber"));
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "NOTIFIED", full.replace("DEFENCE", "APPOINTED")))
                .post(PATH).then().statusCode(400);
        // a walk-in application has no notice
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "WALK_IN", ",\"hardshipBasis\":\"低保户\",\"noticeKind\":\"DEFENCE\""))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("noticeKind"));
        assertEquals(before, applications());

        UUID id = UUID.randomUUID();
        as(CLERK, TOWN).body(body(id, "NOTIFIED", full)).post(PATH).then().statusCode(201)
                .body("noticeKind", equalTo("DEFENCE")).body("noticeDocumentNumber", equalTo("(2022)湘0503刑初88号"))
                .body("notifyingOrgan", equalTo("COURT")).body("hardshipBasis", equalTo(null));
        as(CLERK, OTHER_TOWN).get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void notifiedCasesAreCountedByOrganAndKindAndTheirAssignmentOnTimeByTheNoticeClock() {
        UUID provider = createProvider(TOWN, false);
        // notice 09-29 (2022): + 3 日 = 10-02, in the National Day holiday (10-01..10-07) → due 10-08, a Saturday
        // worked in its place (调休上班日), 第三十六条
        UUID onTime = acceptedCase("NOTIFIED|" + notice("DEFENCE", "COURT", "(2022)湘0503刑初101号"), "2022-09-30");
        UUID late = acceptedCase("NOTIFIED|" + notice("REPRESENTATION", "POLICE", "大公（刑）通字〔2022〕7号"), "2022-09-30");
        acceptedCase("WALK_IN|,\"hardshipBasis\":\"低保户\"", "2022-09-30");
        assign(onTime, TOWN, provider, "2022-10-08", 1);
        assign(late, TOWN, provider, "2022-10-09", 1);

        JsonPath figures = stats("2022-09-01", "2022-10-31");
        assertEquals(3, figures.getInt("metrics.'legalaid.cases.accepted'"));
        assertEquals(2, figures.getInt("metrics.'legalaid.cases.notified'"));
        assertEquals(1, figures.getInt("metrics.'legalaid.cases.notified.defence'"));
        assertEquals(1, figures.getInt("metrics.'legalaid.cases.notified.representation'"));
        assertEquals(1, figures.getInt("metrics.'legalaid.cases.notified.court'"));
        assertEquals(1, figures.getInt("metrics.'legalaid.cases.notified.police'"));
        assertEquals(0, figures.getInt("metrics.'legalaid.cases.notified.procuratorate'"));
        assertEquals(2, figures.getInt("metrics.'legalaid.cases.noticeAssignment.due'"));
        assertEquals(1, figures.getInt("metrics.'legalaid.cases.noticeAssignment.onTime'"));
        assertEquals(1, figures.getInt("metrics.'legalaid.cases.noticeAssignment.late'"));
    }

    /** A notified application received with its notice on {@code on}, accepted on {@code acceptedOn}: its case. */
    static UUID notifiedCase(String on, String acceptedOn) {
        UUID app = UUID.randomUUID();
        String notice = notice("DEFENCE", "PROCURATORATE", "大检（刑）通字〔2022〕31号").replace("2022-09-29", on);
        as(CLERK, TOWN).body(body(app, "NOTIFIED", notice).replace("\"receivedOn\":\"2022-09-29\"", "\"receivedOn\":\"" + on + "\""))
                .post(PATH).then().statusCode(201);
        return UUID.fromString(as(CLERK, TOWN).body("{\"acceptedOn\":\"%s\",\"version\":1}".formatted(acceptedOn))
                .post(PATH + "/" + app + "/accept").then().statusCode(201).extract().path("id"));
    }

    /**
     * A notified case counts in the period its notice was received (the assignment's 3 日 run from it, 第三十六条), not in
     * the period it was accepted: a notice of Friday 2022-12-30, accepted after New Year's Day (holiday 12-31..01-02) on
     * 2023-01-03, is December's. A notified case without a notice date (entered before notices were recorded) counts by
     * its accepted date.
     */
    @Test
    void aNotifiedCaseCountsInThePeriodItsNoticeWasReceivedNotWhenItWasAccepted() throws SQLException {
        notifiedCase("2022-12-30", "2023-01-03");
        UUID withoutNoticeDate = notifiedCase("2022-12-30", "2023-01-03");
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("UPDATE legalaid.legal_aid_case SET notice_received_on = NULL WHERE id = ?")) {
            p.setObject(1, withoutNoticeDate);
            assertEquals(1, p.executeUpdate());
        }

        JsonPath december = stats("2022-12-01", "2022-12-31");
        assertEquals(1, december.getInt("metrics.'legalaid.cases.notified'"));
        assertEquals(1, december.getInt("metrics.'legalaid.cases.notified.procuratorate'"));
        assertEquals(1, december.getInt("metrics.'legalaid.cases.notified.defence'"));
        assertEquals(0, december.getInt("metrics.'legalaid.cases.accepted'"));
        JsonPath january = stats("2023-01-01", "2023-01-31");
        assertEquals(1, january.getInt("metrics.'legalaid.cases.notified'"), "only the case without a notice date");
        assertEquals(2, january.getInt("metrics.'legalaid.cases.accepted'"));
        assertEquals(2, stats("2022-12-01", "2023-01-31").getInt("metrics.'legalaid.cases.notified'"), "each counted once");
    }

    @Test
    void anApplicationWithoutAHardshipBasisNamesTheLegalGroundThatSparesTheCheck() {
        long before = applications();
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "WALK_IN", "")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("hardshipBasis"));
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "WALK_IN", ",\"hardshipExemption\":\"家里穷\"")).post(PATH).then().statusCode(400);
        assertEquals(before, applications());

        UUID id = UUID.randomUUID();
        as(CLERK, TOWN).body(body(id, "WALK_IN", ",\"hardshipExemption\":\"MIGRANT_WORKER_CLAIM\"")).post(PATH).then().statusCode(201)
                .body("hardshipExemption", equalTo("MIGRANT_WORKER_CLAIM")).body("hardshipBasis", equalTo(null));
    }

    @Test
    void theRecipientsCategoriesAreStoredOnceEachAndCountedForTheCasesAcceptedInThePeriod() {
        long before = applications();
        as(CLERK, TOWN).body(body(UUID.randomUUID(), "WALK_IN", ",\"hardshipBasis\":\"低保户\",\"recipientCategories\":[\"ALIEN\"]"))
                .post(PATH).then().statusCode(400);
        assertEquals(before, applications());

        UUID app = UUID.randomUUID();
        as(CLERK, TOWN).body(body(app, "WALK_IN",
                        ",\"hardshipExemption\":\"MIGRANT_WORKER_CLAIM\",\"recipientCategories\":[\"WOMAN\",\"MIGRANT_WORKER\",\"WOMAN\"]"))
                .post(PATH).then().statusCode(201).body("recipientCategories", equalTo(List.of("MIGRANT_WORKER", "WOMAN")));
        as(CLERK, TOWN).body("{\"acceptedOn\":\"2023-03-01\",\"version\":1}").post(PATH + "/" + app + "/accept").then().statusCode(201);
        acceptedCase("WALK_IN|,\"hardshipBasis\":\"低保户\",\"recipientCategories\":[\"ELDERLY\",\"DISABLED\"]", "2023-03-02");
        acceptedCase("WALK_IN|,\"hardshipBasis\":\"低保户\",\"recipientCategories\":[\"MINOR\"]", "2023-04-01");
        UUID refused = UUID.randomUUID();
        as(CLERK, TOWN).body(body(refused, "WALK_IN", ",\"hardshipBasis\":\"低保户\",\"recipientCategories\":[\"MILITARY\"]"))
                .post(PATH).then().statusCode(201);
        as(CLERK, TOWN).body("{\"refusedOn\":\"2023-03-03\",\"reason\":\"不符合经济困难标准\",\"version\":1}")
                .post(PATH + "/" + refused + "/refuse").then().statusCode(200);

        JsonPath march = stats("2023-03-01", "2023-03-31");
        assertEquals(1, march.getInt("metrics.'legalaid.recipients.migrantWorker'"));
        assertEquals(1, march.getInt("metrics.'legalaid.recipients.woman'"));
        assertEquals(1, march.getInt("metrics.'legalaid.recipients.elderly'"));
        assertEquals(1, march.getInt("metrics.'legalaid.recipients.disabled'"));
        assertEquals(0, march.getInt("metrics.'legalaid.recipients.minor'"), "accepted in April");
        assertEquals(0, march.getInt("metrics.'legalaid.recipients.military'"), "refused: no case");
        assertEquals(1, march.getInt("metrics.'legalaid.cases.hardshipExempt'"));
    }
}
