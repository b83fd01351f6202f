package cn.daxiang.justice.devsupport;

import cn.daxiang.justice.devsupport.testing.OrgUnits;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * {@code BenchData JDBC_URL SUBJECTS DISPUTES CASES}: a district-sized history for the benchmarks,
 * written straight into the services' tables with set-based SQL (the API would take hours): subjects
 * with their level history, township committees and disputes in every state, accepted applications
 * with their cases, over the 14 townships and the years 2012-2021, every row satisfying the tables'
 * constraints. Bulk history carries no audit rows, as an import from an old system would not. Only for
 * the benchmark's own throw-away database.
 */
public final class BenchData {

    private static final System.Logger LOG = System.getLogger(BenchData.class.getName());

    static final String TOWNSHIPS = OrgUnits.TOWNSHIPS.stream().map(t -> "'" + t + "'")
            .collect(Collectors.joining(",", "ARRAY[", "]"));

    private BenchData() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: BenchData JDBC_URL SUBJECTS DISPUTES CASES");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            subjects(c, Long.parseLong(args[1]));
            disputes(c, Long.parseLong(args[2]));
            cases(c, Long.parseLong(args[3]));
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("VACUUM ANALYZE corrections.subject, corrections.subject_level, mediation.dispute, mediation.committee, "
                        + "legalaid.application, legalaid.legal_aid_case");
            }
            LOG.log(System.Logger.Level.INFO, "bench data loaded in {0} s", Math.round((System.nanoTime() - t0) / 1e9));
        }
    }

    static void subjects(Connection c, long n) throws SQLException {
        run(c, """
                INSERT INTO corrections.subject (id, org_unit, version, name, gender, id_number, birth_date, subject_type, offence,
                    sentence, deciding_authority, correction_start, correction_end, intake_date, supervision_level, status, ended_on,
                    end_reason, created_at, created_by, updated_at, updated_by)
                SELECT gen_random_uuid(), (%s)[1 + g %% 14], 1, '矫正对象' || g, CASE WHEN g %% 6 = 0 THEN 'FEMALE' ELSE 'MALE' END,
                       '430503' || to_char(date '1950-01-01' + (g / 1000) * 97, 'YYYYMMDD') || lpad((g %% 1000)::text, 4, '0'),
                       date '1950-01-01' + (g / 1000) * 97, (ARRAY['CONTROL','PROBATION','PAROLE','OUTSIDE_PRISON'])[1 + g %% 4],
                       '盗窃罪', '有期徒刑一年，缓刑二年', '大祥区人民法院', d, d + 365, d, 'NORMAL',
                       CASE WHEN d + 365 <= date '2021-06-30' THEN 'RELEASED' ELSE 'IN_CORRECTION' END,
                       CASE WHEN d + 365 <= date '2021-06-30' THEN d + 365 END,
                       CASE WHEN d + 365 <= date '2021-06-30' THEN 'TERM_SERVED' END, now(), 'bench', now(), 'bench'
                FROM generate_series(1, %d) g, LATERAL (SELECT date '2012-01-01' + (g %% 3650)::int AS d) x
                """.formatted(TOWNSHIPS, n));
        run(c, """
                INSERT INTO corrections.subject_level (id, org_unit, version, subject_id, supervision_level, effective_on, reason,
                    created_at, created_by, updated_at, updated_by)
                SELECT gen_random_uuid(), org_unit, 1, id, 'NORMAL', intake_date, '入矫时确定', now(), 'bench', now(), 'bench'
                FROM corrections.subject WHERE created_by = 'bench'
                """);
        c.commit();
    }

    static void disputes(Connection c, long n) throws SQLException {
        run(c, """
                INSERT INTO mediation.committee (id, org_unit, version, name, level, term_start, status, created_at, created_by,
                    updated_at, updated_by)
                SELECT gen_random_uuid(), t, 1, '人民调解委员会', 'TOWNSHIP', date '2010-01-01', 'ACTIVE', now(), 'bench', now(), 'bench'
                FROM unnest(%s) t
                """.formatted(TOWNSHIPS));
        // 80 % succeeded, 10 % failed, 5 % withdrawn, 5 % still being mediated
        run(c, """
                INSERT INTO mediation.dispute (id, org_unit, version, committee_id, registered_on, source, category, summary, status,
                    escalation_prevented, started_on, concluded_on, agreement_form, referral, created_at, created_by, updated_at, updated_by)
                SELECT gen_random_uuid(), cm.org_unit, 1, cm.id, d, (ARRAY['SCREENING','APPLICATION','POLICE_REFERRAL'])[1 + g %% 3],
                       (ARRAY['MARRIAGE_FAMILY','NEIGHBOURHOOD','LAND_HOUSING','CONTRACT','DAMAGES'])[1 + g %% 5], '宅基地边界纠纷',
                       s, g %% 3 = 0 AND s = 'SUCCEEDED',
                       CASE WHEN s <> 'WITHDRAWN' THEN d END, CASE WHEN s <> 'MEDIATING' THEN d + 5 END,
                       CASE WHEN s = 'SUCCEEDED' THEN 'WRITTEN' END, CASE WHEN s = 'FAILED' THEN 'NONE' END,
                       now(), 'bench', now(), 'bench'
                FROM generate_series(1, %d) g
                CROSS JOIN LATERAL (SELECT date '2015-01-01' + (g %% 2550)::int AS d,
                       CASE WHEN g %% 20 < 16 THEN 'SUCCEEDED' WHEN g %% 20 < 18 THEN 'FAILED' WHEN g %% 20 = 18 THEN 'WITHDRAWN'
                            ELSE 'MEDIATING' END AS s) x
                JOIN mediation.committee cm ON cm.org_unit = (%s)[1 + g %% 14] AND cm.created_by = 'bench'
                """.formatted(n, TOWNSHIPS));
        c.commit();
    }

    static void cases(Connection c, long n) throws SQLException {
        // the application's foreign key to its case is deferred: both go in one transaction
        run(c, """
                CREATE TEMP TABLE bench_case ON COMMIT DROP AS
                SELECT g, gen_random_uuid() AS application_id, gen_random_uuid() AS case_id, (%s)[1 + g %% 14] AS org_unit,
                       date '2015-01-01' + (g %% 2550)::int AS received_on,
                       (ARRAY['CIVIL','CIVIL','CRIMINAL','PLEA_WITNESS'])[1 + g %% 4] AS category
                FROM generate_series(1, %d) g
                """.formatted(TOWNSHIPS, n));
        run(c, """
                INSERT INTO legalaid.application (id, org_unit, version, applicant_name, applicant_id_number, channel, matter, category,
                    hardship_basis, received_on, review_due_on, status, decided_on, case_id, created_at, created_by, updated_at, updated_by)
                SELECT application_id, org_unit, 2, '申请人' || g, '430503198506010' || lpad((g % 1000)::text, 3, '0'), 'WALK_IN',
                       '劳动报酬追索', category, '城乡低保对象', received_on, received_on + 7, 'ACCEPTED', received_on + 2, case_id,
                       now(), 'bench', now(), 'bench'
                FROM bench_case
                """);
        run(c, """
                INSERT INTO legalaid.legal_aid_case (id, org_unit, version, application_id, category, accepted_on, status, created_at,
                    created_by, updated_at, updated_by)
                SELECT case_id, org_unit, 1, application_id, category, received_on + 2, 'ACCEPTED', now(), 'bench', now(), 'bench'
                FROM bench_case
                """);
        c.commit();
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
