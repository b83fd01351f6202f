package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.testing.Callers;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.devsupport.testing.OrgUnits;

import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.e2e.Api.upload;

/**
 * A history that adds up to the seed report's 2021 figures (../shared/domain.md), entered the way
 * the offices enter it: township clerks upload their records through sync, then take the life-cycle
 * actions (release, hand-over, start and conclude mediation, accept applications) through the API.
 * Records spread over four townships and the years since 2015; 2021's figures come out as the seed's.
 */
final class SeedHistory {

    /** 雨溪街道, 檀江街道, 罗市镇, 蔡锷乡. */
    static final List<String> TOWNSHIPS = List.of("430503010000", "430503011000", "430503101000", "430503202000");

    /** What the suite checks later: the ids each township created, by resource. */
    final Map<String, Map<String, List<String>>> idsByTownship = new LinkedHashMap<>();

    private final AtomicInteger people = new AtomicInteger();

    SeedHistory() {
        for (String t : TOWNSHIPS) {
            idsByTownship.put(t, new LinkedHashMap<>());
        }
    }

    void load() throws Exception {
        // each township office works on its own; the three lines are independent of one another
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < TOWNSHIPS.size(); t++) {
            int township = t;
            work.add(() -> {
                corrections(township);
                return null;
            });
            work.add(() -> {
                mediation(township);
                return null;
            });
            work.add(() -> {
                legalAid(township);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> done = pool.invokeAll(work);
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        servicePoints();
        rewards2020();
    }

    private void remember(String township, String resource, String id) {
        synchronized (idsByTownship) {
            idsByTownship.get(township).computeIfAbsent(resource, r -> new ArrayList<>()).add(id);
        }
    }

    // --- community corrections: 927 received since 2015, 779 released, 148 in correction at the end of 2021

    /**
     * Township {@code t} of 4 takes every 4th of: 779 subjects received 2015-2021 and released on the
     * last day of a half-year term, and 148 received in 2021 who are still in correction at its end
     * (137 probation, 2 parole, 8 outside prison, 1 public surveillance); 886 investigations completed
     * 2016-2020; 875 education person-times in 2021 (35 attendees per session); 213 resettlement
     * persons received in 2021: 143 from prison (47 key targets with a five-person team) and 70
     * handed over from correction.
     */
    private void corrections(int t) {
        String town = TOWNSHIPS.get(t);
        List<Map<String, Object>> subjects = new ArrayList<>();
        List<Map<String, Object>> released = new ArrayList<>();
        for (int i = t; i < 779; i += 4) {
            LocalDate intake = LocalDate.of(2015, 1, 5).plusDays(3L * i);
            Map<String, Object> s = subject(town, "PROBATION", intake, intake.plusDays(180));
            subjects.add(s);
            released.add(s);
        }
        List<Map<String, Object>> active = new ArrayList<>();
        for (int j = t; j < 148; j += 4) {
            String type = j < 137 ? "PROBATION" : j < 139 ? "PAROLE" : j < 147 ? "OUTSIDE_PRISON" : "CONTROL";
            LocalDate intake = LocalDate.of(2021, 1, 4).plusDays(2L * j);
            Map<String, Object> s = subject(town, type, intake, intake.plusYears(2));
            subjects.add(s);
            active.add(s);
        }
        upload(() -> clerk(town), "corrections", "subjects", subjects);
        subjects.forEach(s -> remember(town, "subjects", (String) s.get("id")));

        List<Map<String, Object>> releasedIn2021 = new ArrayList<>();
        for (Map<String, Object> s : released) {
            LocalDate end = (LocalDate) s.get("correctionEnd");
            clerk(town).body(Map.of("date", end, "reason", "TERM_SERVED", "version", 1))
                    .post("/api/v1/corrections/subjects/" + s.get("id") + "/release").then().statusCode(200);
            if (end.getYear() == 2021) {
                releasedIn2021.add(s);
            }
        }

        List<Map<String, Object>> investigations = new ArrayList<>();
        for (int k = t; k < 886; k += 4) {
            LocalDate entrusted = LocalDate.of(2016, 1, 4).plusDays(2L * k);
            Map<String, Object> inv = new LinkedHashMap<>();
            inv.put("id", UUID.randomUUID().toString());
            inv.put("orgUnit", town);
            inv.put("entrustingAuthority", k % 5 == 0 ? "PROCURATORATE" : "COURT");
            inv.put("entrustingOrgan", k % 5 == 0 ? "大祥区人民检察院" : "大祥区人民法院");
            inv.put("personName", "被调查人" + k);
            inv.put("personIdNumber", nextIdNumber());
            inv.put("entrustedOn", entrusted);
            inv.put("completedOn", entrusted.plusDays(10));
            inv.put("opinion", k % 9 == 0 ? "UNSUITABLE" : "SUITABLE");
            investigations.add(inv);
        }
        upload(() -> clerk(town), "corrections", "investigations", investigations);

        // 25 collective sessions in November and December 2021, 35 of the township's 37 in correction each
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int n = t; n < 25; n += 4) {
            List<Object> attendees = active.subList(0, 35).stream().map(s -> s.get("id")).toList();
            sessions.add(Map.of("id", UUID.randomUUID().toString(), "orgUnit", town, "heldOn", LocalDate.of(2021, 11, 1).plusDays(2L * n),
                    "topic", "法治教育与心理健康辅导", "kind", "COLLECTIVE", "subjectIds", attendees));
        }
        upload(() -> clerk(town), "corrections", "education-sessions", sessions);

        List<Map<String, Object>> fromPrison = new ArrayList<>();
        for (int p = t; p < 143; p += 4) {
            boolean key = p < 47;
            LocalDate releasedOn = LocalDate.of(2021, 1, 10).plusDays(2L * p);
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", UUID.randomUUID().toString());
            person.put("orgUnit", town);
            person.put("name", "帮教对象" + p);
            person.put("gender", p % 7 == 0 ? "FEMALE" : "MALE");
            person.put("idNumber", nextIdNumber());
            person.put("source", "PRISON_RELEASE");
            person.put("releasedOn", releasedOn);
            person.put("receivedOn", releasedOn.plusDays(5));
            // the prison's notice five weeks ahead; picked up at the gate on the day of release, but 13 not reached
            // (p = 10, 21, ..., 142): 衔接率 130 ÷ 143
            person.put("noticeReceivedOn", releasedOn.minusDays(35));
            person.put("prisonName", "湖南省邵阳监狱");
            person.put("handoverOn", p % 11 == 10 ? releasedOn.plusDays(3) : releasedOn);
            person.put("handoverMethod", p % 11 == 10 ? "NOT_REACHED" : "PICKED_UP_AT_GATE");
            person.put("handoverBy", "司法所工作人员");
            person.put("keyTarget", key);
            person.put("supportTeam", key ? team() : List.of());
            fromPrison.add(person);
        }
        upload(() -> clerk(town), "corrections", "resettlement-persons", fromPrison);
        // 70 of the subjects released in 2021 (the townships' share: 18, 18, 17, 17) are handed over to resettlement
        int share = 70 / 4 + (t < 70 % 4 ? 1 : 0);
        for (Map<String, Object> s : releasedIn2021.subList(0, share)) {
            LocalDate end = (LocalDate) s.get("correctionEnd");
            clerk(town).body(Map.of("receivedOn", end.plusDays(3), "handoverDone", true, "keyTarget", false))
                    .post("/api/v1/corrections/subjects/" + s.get("id") + "/resettlement").then().statusCode(201);
        }
    }

    private Map<String, Object> subject(String town, String type, LocalDate intake, LocalDate end) {
        int n = people.incrementAndGet();
        LocalDate birth = birthOf(n);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("orgUnit", town);
        s.put("name", "矫正对象" + n);
        s.put("gender", n % 6 == 0 ? "FEMALE" : "MALE");
        s.put("idNumber", IdNumbers.valid("430503", birth, 100 + n % 900));
        s.put("birthDate", birth);
        s.put("type", type);
        s.put("offence", "盗窃罪");
        s.put("sentence", "有期徒刑一年，缓刑二年");
        s.put("decidingAuthority", "大祥区人民法院");
        s.put("correctionStart", intake);
        s.put("correctionEnd", end);
        s.put("intakeDate", intake);
        s.put("supervisionLevel", "NORMAL");
        return s;
    }

    private static List<Map<String, Object>> team() {
        return List.of(Map.of("name", "王司法", "role", "司法所工作人员"), Map.of("name", "李书记", "role", "村（社区）干部"),
                Map.of("name", "张民警", "role", "派出所民警"), Map.of("name", "赵亲属", "role", "家庭成员"),
                Map.of("name", "刘志愿", "role", "社会志愿者"));
    }

    // --- people's mediation: 2021 236 mediated, 228 succeeded, 78 escalations prevented; 2020: 221 dossiers rewarded

    /** 2020's dossiers: 221 disputes mediated successfully and archived in 2020 (以奖代补 paid for them in 2021). */
    static final int DOSSIERS_2020 = 221;

    /** The 2020 rate of a GENERAL dossier: 221 × 170.00 = 37,570.00 yuan, the seed's 「3.7万余元」. */
    static final String RATE_2020 = "170.00";

    private void mediation(int t) {
        String town = TOWNSHIPS.get(t);
        String committee = UUID.randomUUID().toString();
        upload(() -> clerk(town), "mediation", "committees", List.of(Map.of("id", committee, "orgUnit", town,
                "name", "人民调解委员会" + t, "level", "TOWNSHIP", "termStart", "2015-01-01", "status", "ACTIVE")));
        // the committee's mediator, who handles the 2020 dossiers (the 2021 disputes name none, as before)
        String mediator = UUID.randomUUID().toString();
        upload(() -> clerk(town), "mediation", "mediators", List.of(Map.of("id", mediator, "committeeId", committee,
                "name", "调解员" + t, "employment", "PART_TIME", "termStart", "2015-01-01")));
        List<Map<String, Object>> disputes = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        // 2021: 228 succeeded (78 of them preventing an escalation), 8 failed, 5 withdrawn; 2020: 221 succeeded and archived
        for (int d = t; d < 241 + DOSSIERS_2020; d += 4) {
            LocalDate registered = d < 241 ? LocalDate.of(2021, 1, 4).plusDays(d) : LocalDate.of(2020, 1, 6).plusDays(d - 241);
            String outcome = d < 228 ? "SUCCEEDED" : d < 236 ? "FAILED" : d < 241 ? "WITHDRAWN" : "SUCCEEDED";
            outcome += d < 78 ? "+PREVENTED" : "";
            Map<String, Object> dispute = new LinkedHashMap<>();
            dispute.put("id", UUID.randomUUID().toString());
            dispute.put("orgUnit", town);
            dispute.put("committeeId", committee);
            dispute.put("registeredOn", registered);
            dispute.put("source", d % 3 == 0 ? "SCREENING" : "APPLICATION");
            dispute.put("category", d % 2 == 0 ? "NEIGHBOURHOOD" : "MARRIAGE_FAMILY");
            dispute.put("summary", "宅基地边界纠纷，双方因界址发生争执");
            dispute.put("parties", List.of(Map.of("name", "当事人甲" + d, "role", "APPLICANT"), Map.of("name", "当事人乙" + d, "role", "RESPONDENT")));
            if (d >= 241) {
                dispute.put("mediatorIds", List.of(mediator));
            }
            disputes.add(dispute);
            outcomes.add(outcome);
        }
        upload(() -> clerk(town), "mediation", "disputes", disputes);
        disputes.forEach(d -> remember(town, "disputes", (String) d.get("id")));
        for (int i = 0; i < disputes.size(); i++) {
            Map<String, Object> d = disputes.get(i);
            LocalDate registered = (LocalDate) d.get("registeredOn");
            String path = "/api/v1/mediation/disputes/" + d.get("id");
            clerk(town).body(Map.of("startedOn", registered, "version", 1)).post(path + "/start").then().statusCode(200);
            String outcome = outcomes.get(i).replace("+PREVENTED", "");
            Map<String, Object> conclude = new LinkedHashMap<>();
            conclude.put("outcome", outcome);
            conclude.put("concludedOn", registered.plusDays(5));
            conclude.put("version", 2);
            if ("SUCCEEDED".equals(outcome)) {
                conclude.put("agreementForm", i % 3 == 0 ? "ORAL" : "WRITTEN");
            }
            if ("FAILED".equals(outcome)) {
                conclude.put("referral", "NONE");
            }
            conclude.put("escalationPrevented", outcomes.get(i).endsWith("+PREVENTED"));
            clerk(town).body(conclude).post(path + "/conclude").then().statusCode(200);
            if (registered.getYear() == 2020) {
                clerk(town).body(Map.of("archivedOn", registered.plusDays(15), "complexityGrade", "GENERAL",
                        "dossierNumber", "2020-" + town.substring(6, 9) + "-" + i, "version", 3)).post(path + "/archive").then().statusCode(200);
            }
        }
    }

    /**
     * 以奖代补 for 2020's dossiers, paid in 2021 through the gateway: the bureau sets the 2020 rate, draws up the district's
     * batch from what the payouts owe, approves it (a batch the district holds goes to the bureau alone) and records it
     * paid on 15 March 2021 (recorded after the fact, as the rest of this history is).
     */
    private static void rewards2020() {
        admin().body(Map.of("year", 2020, "complexityGrade", "GENERAL", "amount", new BigDecimal(RATE_2020)))
                .post("/api/v1/mediation/rewards/rates").then().statusCode(201);
        JsonPath batch = admin().body(Map.of("year", 2020, "documentNumber", "大司发〔2021〕5号",
                        "documentTitle", "关于发放2020年度人民调解“以奖代补”经费的通知",
                        "reasons", "经核算，2020年度归档调解卷宗221份，按一般卷宗每卷170元发放",
                        "attachments", List.of(Map.of("title", "2020年度卷宗评查表", "ref", "区司法局计划财务科存档"))))
                .post("/api/v1/mediation/rewards/payments").then().statusCode(201).extract().jsonPath();
        String approval = batch.getString("approvalId");
        long approvalVersion = admin().get("/api/v1/mediation/approvals/" + approval).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        admin().body(Map.of("outcome", "APPROVE", "opinion", "同意发放", "version", approvalVersion))
                .post("/api/v1/mediation/approvals/" + approval + "/decisions").then().statusCode(200);
        long version = admin().get("/api/v1/mediation/rewards/payments/" + batch.getString("id")).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        admin().body(Map.of("paidOn", LocalDate.of(2021, 3, 15), "paidBy", "区司法局计划财务科", "version", version))
                .post("/api/v1/mediation/rewards/payments/" + batch.getString("id") + "/pay").then().statusCode(200);
    }

    // --- legal aid: 2021 593 accepted (364 civil, 98 criminal, 131 plea witness); 2020 50 for history

    private void legalAid(int t) {
        String town = TOWNSHIPS.get(t);
        List<Map<String, Object>> applications = new ArrayList<>();
        for (int a = t; a < 643; a += 4) {
            String category = a < 364 ? "CIVIL" : a < 462 ? "CRIMINAL" : a < 593 ? "PLEA_WITNESS" : "CIVIL";
            LocalDate received = a < 593 ? LocalDate.of(2021, 1, 4).plusDays(a / 2) : LocalDate.of(2020, 2, 3).plusDays(5L * (a - 593));
            Map<String, Object> app = new LinkedHashMap<>();
            app.put("id", UUID.randomUUID().toString());
            app.put("orgUnit", town);
            app.put("applicantName", "申请人" + a);
            app.put("applicantIdNumber", nextIdNumber());
            app.put("channel", a % 4 == 0 ? "HOTLINE_12348" : "WALK_IN");
            app.put("matter", "劳动报酬追索");
            app.put("category", category);
            app.put("hardshipBasis", "城乡低保对象");
            app.put("receivedOn", received);
            applications.add(app);
        }
        upload(() -> clerk(town), "legal-aid", "applications", applications);
        applications.forEach(a -> remember(town, "applications", (String) a.get("id")));
        for (Map<String, Object> app : applications) {
            LocalDate received = (LocalDate) app.get("receivedOn");
            clerk(town).body(Map.of("acceptedOn", received.plusDays(2), "version", 1))
                    .post("/api/v1/legal-aid/applications/" + app.get("id") + "/accept").then().statusCode(201);
        }
    }

    /** The network: the district's centre, a workstation in each of the 14 townships, 98 work points in the four. */
    private void servicePoints() {
        List<Map<String, Object>> district = new ArrayList<>();
        district.add(point(DISTRICT, "CENTER", "大祥区公共法律服务中心"));
        for (String township : OrgUnits.TOWNSHIPS) {
            district.add(point(township, "WORKSTATION", "公共法律服务工作站"));
        }
        upload(Callers::admin, "legal-aid", "service-points", district);
        for (int t = 0; t < TOWNSHIPS.size(); t++) {
            String town = TOWNSHIPS.get(t);
            List<Map<String, Object>> points = new ArrayList<>();
            for (int p = t; p < 98; p += 4) {
                points.add(point(town, "WORK_POINT", "村（社区）公共法律服务工作点" + p));
            }
            upload(() -> clerk(town), "legal-aid", "service-points", points);
        }
    }

    private static Map<String, Object> point(String orgUnit, String level, String name) {
        return Map.of("id", UUID.randomUUID().toString(), "orgUnit", orgUnit, "level", level, "name", name, "status", "OPEN",
                "openedOn", "2019-06-01");
    }

    // --- resident ID numbers: region 430503, birth date, sequence

    /** Person n of the history is born on day n after 1 January 1960: every ID number is different. */
    private static LocalDate birthOf(int n) {
        return LocalDate.of(1960, 1, 1).plusDays(n);
    }

    private String nextIdNumber() {
        int n = people.incrementAndGet();
        return IdNumbers.valid("430503", birthOf(n), 100 + n % 900);
    }
}
