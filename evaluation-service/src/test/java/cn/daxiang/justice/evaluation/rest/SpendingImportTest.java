package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Importing budget and expenditure from the published XLSX layout (issue 23): the template, a good sheet stored and
 * imported again, a malformed sheet refused row by row with nothing stored, a file of another type.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SpendingImportTest {

    static final String PATH = SpendingResourceTest.PATH;
    static final String PROBLEM = "application/problem+json";
    static final List<String> HEADER = List.of("年度", "单位代码", "资金类型", "项目代码", "项目名称", "年初预算", "调整后预算", "实际支出",
            "产出目标", "实际产出", "产出单位", "备注");

    @Inject
    AgroalDataSource dataSource;

    /** A sheet in the published layout with these rows (a number is a numeric cell, a string a text cell, null empty). */
    static byte[] sheet(List<Object[]> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("预算支出");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static io.restassured.response.ValidatableResponse upload(String role, String orgUnit, byte[] file, String type) {
        return as(role, orgUnit).contentType("multipart/form-data").multiPart("file", "预算支出.xlsx", file, type)
                .post(PATH + "/import").then();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Sample figures (not the seed's: it gives no budget) for one year of the district and a township. */
    static List<Object[]> sample(int year) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{year, DISTRICT, "基本支出", null, null, 1500000, 1520000, 1480000});
        rows.add(new Object[]{year, DISTRICT, "项目支出", "legalAidSubsidy", "法律援助办案补贴", 200000, 210000, 199500, 380, 395, "件"});
        rows.add(new Object[]{year, "430503000000", "项目支出", "mediationReward", "人民调解“以奖代补”", "40,000.00", null, 37570.5, 221, 221, "份"});
        rows.add(new Object[]{year, LUOSHI, "基本支出", null, null, 300000, null, 290000});
        return rows;
    }

    @Test
    void theTemplateIsAnXlsxWithThePublishedChineseHeaderRow() throws IOException {
        byte[] body = as("township-clerk", LUOSHI).get(PATH + "/template.xlsx").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", startsWith("attachment"))
                .extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> found = new ArrayList<>();
            header.forEach(c -> found.add(c.getStringCellValue()));
            assertEquals(HEADER, found);
            assertEquals("预算支出", wb.getSheetName(0));
            assertEquals("填写说明", wb.getSheetName(1));
        }
    }

    @Test
    void aGoodSheetIsStoredAndImportingItAgainUpdatesOnlyTheRowsThatChanged() {
        upload("evaluator", DISTRICT, sheet(sample(2071)), XLSX).statusCode(200)
                .body("created", equalTo(4)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        assertEquals(4, rows(2071));
        as("evaluator", DISTRICT).queryParam("year", 2071).queryParam("projectCode", "mediationReward").get(PATH).then().statusCode(200)
                .body("items[0].budgeted", comparesEqualTo(new BigDecimal("40000.00"))).body("items[0].adjusted", comparesEqualTo(new BigDecimal("40000.00")))
                .body("items[0].spent", comparesEqualTo(new BigDecimal("37570.5"))).body("items[0].outputUnit", equalTo("份"));

        // the finance office's corrected export: one figure changed; the same key updates, nothing is duplicated
        List<Object[]> corrected = sample(2071);
        corrected.get(0)[7] = 1490000;
        upload("district-admin", DISTRICT, sheet(corrected), XLSX).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(3));
        assertEquals(4, rows(2071));
        as("evaluator", DISTRICT).queryParam("year", 2071).queryParam("fund", "BASIC").queryParam("orgUnit", DISTRICT).get(PATH)
                .then().statusCode(200).body("items[0].spent", comparesEqualTo(new BigDecimal("1490000.00"))).body("items[0].version", equalTo(2));
        assertEquals(1, Rows.count(dataSource, "SELECT count(*) FROM audit_log a JOIN spending s ON a.entity_id::text = s.id::text "
                + "WHERE s.year = 2071 AND a.action = 'UPDATE'"));
    }

    @Test
    void aMalformedSheetNamesEveryBadRowAsExcelNumbersItAndStoresNothing() {
        long before = Rows.count(dataSource, "SELECT count(*) FROM spending");
        List<Object[]> rows = sample(2072);
        rows.get(1)[7] = "十九万";                    // 第3行: not an amount
        rows.get(2)[5] = -40000;                     // 第4行: negative
        rows.add(new Object[]{2072, DISTRICT, "项目支出", null, "社区矫正经费", 100000, null, 80000});  // 第6行: no project code
        rows.add(new Object[]{2072, DISTRICT, "基本支出", null, null, 1, null, 1});                    // 第7行: repeats 第2行
        rows.add(new Object[]{2072, DISTRICT, "专项", null, null, 1, null, 1.234});                   // 第8行: fund and decimals
        upload("evaluator", DISTRICT, sheet(rows), XLSX).statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("请求参数校验失败"))
                .body("errors.field", equalTo(List.of("第3行", "第4行", "第6行", "第7行", "第8行")))
                .body("errors[0].message", equalTo("第3行：实际支出不是金额"))
                .body("errors[1].message", equalTo("第4行：年初预算：金额不能为负数"))
                .body("errors[2].message", equalTo("第6行：项目代码：项目支出须填写项目代码"))
                .body("errors[3].message", equalTo("第7行：与第2行重复（同一年度、单位、资金类型和项目只能有一行）"))
                .body("errors[4].message", equalTo("第8行：资金类型应为“基本支出”或“项目支出”"));
        assertEquals(before, Rows.count(dataSource, "SELECT count(*) FROM spending"));
        assertEquals(0, rows(2072));
    }

    @Test
    void aSheetWithoutThePublishedHeaderIsRefusedAndAnotherFileTypeIs415() {
        long before = Rows.count(dataSource, "SELECT count(*) FROM spending");
        byte[] noHeader;
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("year");
            wb.write(out);
            noHeader = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upload("evaluator", DISTRICT, noHeader, XLSX).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("第1行")).body("errors[0].message", startsWith("第1行：表头应为“年度、单位代码"));
        upload("evaluator", DISTRICT, "年度,单位代码\n2073,430503000000\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(415).contentType(PROBLEM).body("title", equalTo("不支持的请求格式"));
        // a zip that is no workbook (PK, then garbage)
        upload("evaluator", DISTRICT, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0}, XLSX).statusCode(415).contentType(PROBLEM);
        as("evaluator", DISTRICT).contentType("application/json").body("{}").post(PATH + "/import").then().statusCode(415);
        assertEquals(before, Rows.count(dataSource, "SELECT count(*) FROM spending"));
    }

    @Test
    void onlyEvaluatorsAndDistrictAdminsImportAndOnlyForTheirOwnScope() {
        List<Object[]> luoshi = new ArrayList<>();
        luoshi.add(new Object[]{2074, LUOSHI, "基本支出", null, null, 300000, null, 290000});
        upload("township-clerk", LUOSHI, sheet(luoshi), XLSX).statusCode(403).contentType(PROBLEM);
        List<Object[]> caie = new ArrayList<>();
        caie.add(new Object[]{2074, CAIE, "基本支出", null, null, 300000, null, 290000});
        upload("evaluator", LUOSHI, sheet(caie), XLSX).statusCode(403).contentType(PROBLEM);
        assertEquals(0, rows(2074));
    }

    long rows(int year) {
        return Rows.count(dataSource, "SELECT count(*) FROM spending WHERE year = ?", year);
    }
}
