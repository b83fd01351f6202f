package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.AttachmentChecks;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.doc;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.docx;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.executable;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.jpeg;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.pdf;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.png;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.sha256;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.upload;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.xls;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.xlsx;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's attachments as every line gets them (the test application's samples take files): real files of each
 * allowed type stored and read back byte for byte, one content per hash, what is refused (415, 413, 400) with nothing
 * stored, scope and masking as for the record, the access log of downloads, the change feed, and a deleted record's
 * files going with it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KitAttachmentsTest {

    static final String TOWN = OrgUnits.LUOSHI;

    @Inject
    AgroalDataSource dataSource;

    static String sample() {
        return as("township-clerk", TOWN).body(DeadlinesTest.sample(TOWN, "ALPHA", "2021-09-30"))
                .post("/test/samples").then().statusCode(201).extract().jsonPath().getString("id");
    }

    static String files(String sampleId) {
        return "/test/samples/" + sampleId + "/attachments";
    }

    static JsonPath attach(String sampleId, String fileName, byte[] content, String kind) {
        return upload(as("township-clerk", TOWN), files(sampleId), fileName, content, kind, "标题 " + fileName)
                .statusCode(201).extract().jsonPath();
    }

    String stored() {
        return AttachmentChecks.stored(dataSource, "corrections");
    }

    long contents(byte[] content) {
        return AttachmentChecks.contents(dataSource, "corrections", content);
    }

    @Test
    void everyAllowedTypeIsStoredAsItsBytesSayAndDownloadedUnchanged() {
        String sample = sample();
        Map<String, Object[]> files = new LinkedHashMap<>();
        files.put("判决书（张三）.pdf", new Object[] {pdf("judgment " + UUID.randomUUID()), "application/pdf"});
        files.put("走访.png", new Object[] {png(), "image/png"});
        files.put("走访.jpg", new Object[] {jpeg(), "image/jpeg"});
        files.put("报告.docx", new Object[] {docx("报告 " + UUID.randomUUID()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"});
        files.put("登记表.xlsx", new Object[] {xlsx("登记 " + UUID.randomUUID()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"});
        files.put("旧报告.doc", new Object[] {doc("旧 " + UUID.randomUUID()), "application/msword"});
        files.put("旧登记表.xls", new Object[] {xls("旧 " + UUID.randomUUID()), "application/vnd.ms-excel"});
        for (Map.Entry<String, Object[]> file : files.entrySet()) {
            byte[] bytes = (byte[]) file.getValue()[0];
            JsonPath stored = attach(sample, file.getKey(), bytes, "DOCUMENT");
            assertEquals(file.getValue()[1], stored.getString("contentType"), file.getKey());
            assertEquals(sha256(bytes), stored.getString("sha256"));
            assertEquals(bytes.length, stored.getLong("size"));
            assertEquals(file.getKey(), stored.getString("fileName"), "a single read shows the name in full");
            assertEquals("文书", stored.getString("kindLabel"));
            assertEquals("township-clerk@" + TOWN, stored.getString("uploadedBy"));
            ExtractableResponse<Response> download = as("township-clerk", TOWN).get(stored.getString("downloadUrl")).then()
                    .statusCode(200).extract();
            assertArrayEquals(bytes, download.asByteArray(), file.getKey());
            assertEquals(sha256(bytes), sha256(download.asByteArray()));
            assertEquals(file.getValue()[1], download.contentType());
            assertEquals(String.valueOf(bytes.length), download.header("Content-Length"));
            assertEquals("\"" + sha256(bytes) + "\"", download.header("ETag"));
            assertTrue(download.header("Content-Disposition").contains("filename*=UTF-8''"
                    + java.net.URLEncoder.encode(file.getKey(), StandardCharsets.UTF_8).replace("+", "%20")), download.header("Content-Disposition"));
        }
        as("township-clerk", TOWN).get(files(sample)).then().statusCode(200).body("size()", equalTo(files.size()))
                .body("kind", hasItem("DOCUMENT"));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Attachment",
                UUID.fromString(as("township-clerk", TOWN).get(files(sample)).then().extract().jsonPath().getString("[0].id"))));
    }

    @Test
    void theSameBytesAreStoredOnceHoweverManyRecordsHoldThem() {
        byte[] same = pdf("shared " + UUID.randomUUID());
        JsonPath first = attach(sample(), "通知书.pdf", same, "DOCUMENT");
        JsonPath second = attach(sample(), "通知书副本.pdf", same, "DOCUMENT");
        assertTrue(!first.getString("id").equals(second.getString("id")));
        assertEquals(first.getString("sha256"), second.getString("sha256"));
        assertEquals(1, contents(same), "one content");
        assertEquals(2, count(dataSource, "SELECT count(*) FROM attachment WHERE sha256 = ?", sha256(same)));
    }

    @Test
    void aDisguisedExecutableOrAMisnamedFileIsRefusedWith415AndNothingIsStored() {
        String sample = sample();
        String before = stored();
        upload(as("township-clerk", TOWN), files(sample), "判决书.pdf", executable(), "DOCUMENT", "判决书").statusCode(415)
                .contentType("application/problem+json").body("title", equalTo("不支持的请求格式"));
        upload(as("township-clerk", TOWN), files(sample), "照片.png", pdf("not a picture"), "DOCUMENT", "照片").statusCode(415)
                .body("detail", org.hamcrest.Matchers.containsString("扩展名"));
        // a kind of pictures takes no PDF
        upload(as("township-clerk", TOWN), files(sample), "照片.pdf", pdf("not a picture"), "PHOTO", "照片").statusCode(415);
        assertEquals(before, stored());
    }

    @Test
    void aFileOrARecordBeyondItsLimitIs413AndNothingIsStored() {
        String sample = sample();
        String before = stored();
        upload(as("township-clerk", TOWN), files(sample), "大文件.pdf", padded(65 * 1024 + 1), "DOCUMENT", "大文件").statusCode(413)
                .contentType("application/problem+json").body("title", equalTo("请求体过大"));
        assertEquals(before, stored());
        // the record holds at most 100 KiB: two files of 40 KiB fit, a third does not
        attach(sample, "一.pdf", padded(40 * 1024), "DOCUMENT");
        attach(sample, "二.pdf", padded(40 * 1024 + 1), "DOCUMENT");
        String two = stored();
        upload(as("township-clerk", TOWN), files(sample), "三.pdf", padded(40 * 1024 + 2), "DOCUMENT", "三").statusCode(413);
        assertEquals(two, stored());
    }

    @Test
    void anUnknownKindOrAMissingTitleIs400AndNothingIsStored() {
        String sample = sample();
        String before = stored();
        upload(as("township-clerk", TOWN), files(sample), "a.pdf", pdf("x"), "VIDEO", "标题").statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        upload(as("township-clerk", TOWN), files(sample), "a.pdf", pdf("x"), "DOCUMENT", " ").statusCode(400)
                .body("errors[0].field", equalTo("title"));
        assertEquals(before, stored());
    }

    @Test
    void anotherTownshipSeesNoneOfTheFilesAndAMaskedReaderGetsNoContent() {
        String sample = sample();
        JsonPath file = attach(sample, "判决书（李四）.pdf", pdf("scope " + UUID.randomUUID()), "DOCUMENT");
        var other = as("township-clerk", OrgUnits.CAIE);
        other.get(files(sample)).then().statusCode(404);
        other.get(file.getString("downloadUrl")).then().statusCode(404);
        upload(as("township-clerk", OrgUnits.CAIE), files(sample), "a.pdf", pdf("x"), "DOCUMENT", "t").statusCode(404);
        other.delete(files(sample) + "/" + file.getString("id")).then().statusCode(404);
        // the district admin lists masked (bulk) and reads one in full
        as("district-admin", OrgUnits.DISTRICT).get(files(sample)).then().statusCode(200)
                .body("[0].title", equalTo("***")).body("[0].fileName", equalTo("***.pdf"));
        as("district-admin", OrgUnits.DISTRICT).get(files(sample) + "/" + file.getString("id")).then().statusCode(200)
                .body("fileName", equalTo("判决书（李四）.pdf"));
        // a provincial reader sees masked metadata, never a document, and writes nothing
        as("provincial-reader", OrgUnits.DISTRICT).get(files(sample)).then().statusCode(200).body("[0].title", equalTo("***"));
        as("provincial-reader", OrgUnits.DISTRICT).get(file.getString("downloadUrl")).then().statusCode(403);
        upload(as("provincial-reader", OrgUnits.DISTRICT), files(sample), "a.pdf", pdf("x"), "DOCUMENT", "t").statusCode(403);
        as("township-clerk", TOWN).get(files(sample)).then().statusCode(200).body("[0].title", equalTo("标题 判决书（李四）.pdf"));
    }

    @Test
    void aDownloadIsWrittenToTheAccessLogWithItsRecord() {
        String sample = sample();
        JsonPath file = attach(sample, "报告.pdf", pdf("log " + UUID.randomUUID()), "DOCUMENT");
        String sql = "SELECT count(*) FROM access_log WHERE record_ids @> ARRAY[CAST(? AS uuid), CAST(? AS uuid)]";
        long before = count(dataSource, sql, file.getString("id"), sample);
        as("district-admin", OrgUnits.DISTRICT).get(file.getString("downloadUrl")).then().statusCode(200);
        assertEquals(before + 1, count(dataSource, sql, file.getString("id"), sample));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM access_log WHERE record_ids @> ARRAY[CAST(? AS uuid)]"
                + " AND operation = 'kit.attachmentContent' AND actor = ?", file.getString("id"), "district-admin@" + OrgUnits.DISTRICT));
    }

    @Test
    void theFeedAnnouncesAFileWithoutItsContentAndItsRemoval() {
        String sample = sample();
        JsonPath file = attach(sample, "走访照片.png", png(), "PHOTO");
        String id = file.getString("id");
        JsonPath feed = feed();
        Map<String, Object> change = feed.getMap("changes.find { it.id == '" + id + "' }");
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) change.get("record");
        assertEquals("PHOTO", record.get("kind"));
        assertEquals(files(sample) + "/" + id + "/content", record.get("downloadUrl"));
        assertTrue(record.keySet().stream().noneMatch(k -> k.equals("content") || k.equals("data")), record.keySet().toString());
        as("township-clerk", TOWN).delete(files(sample) + "/" + id).then().statusCode(204);
        as("township-clerk", TOWN).get(files(sample) + "/" + id).then().statusCode(404);
        assertEquals(Boolean.TRUE, feed().getList("changes.findAll { it.id == '" + id + "' }.deleted").get(1));
        // as every deletion: the row of the deletion and the one telling the unit's feed the record left it
        assertEquals(List.of("CREATE", "DELETE", "MOVED_OUT"), auditActions(dataSource, "Attachment", UUID.fromString(id)));
        // uploads through sync are refused: files come through the record's API
        as("township-clerk", TOWN).body(Map.of("records", List.of(Map.of("id", UUID.randomUUID().toString()))))
                .post("/test/sync/attachments").then().statusCode(200).body("results[0].status", equalTo("REJECTED"));
    }

    @Test
    void aDeletedRecordTakesItsFilesAndTheirUnsharedContentWithIt() {
        byte[] own = pdf("own " + UUID.randomUUID());
        byte[] shared = pdf("shared " + UUID.randomUUID());
        String sample = sample();
        JsonPath ownFile = attach(sample, "自有.pdf", own, "DOCUMENT");
        JsonPath sharedFile = attach(sample, "共有.pdf", shared, "DOCUMENT");
        attach(sample(), "共有.pdf", shared, "DOCUMENT");
        long version = as("township-clerk", TOWN).get("/test/samples/" + sample).then().extract().jsonPath().getLong("version");
        as("township-clerk", TOWN).body(Map.of("records", List.of(Map.of("id", sample, "version", version, "deleted", true))))
                .post("/test/sync/samples").then().statusCode(200).body("results[0].status", equalTo("UPDATED"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM attachment WHERE record_id = CAST(? AS uuid)", sample));
        assertEquals(0, contents(own), "unreferenced content removed");
        assertEquals(0, count(dataSource, "SELECT count(*) FROM attachment_chunk c WHERE NOT EXISTS"
                + " (SELECT 1 FROM attachment_content WHERE id = c.content_id)"));
        assertEquals(1, contents(shared), "content another record still names stays");
        for (JsonPath file : List.of(ownFile, sharedFile)) {
            assertEquals(List.of("CREATE", "DELETE", "MOVED_OUT"), auditActions(dataSource, "Attachment", UUID.fromString(file.getString("id"))));
            assertEquals(1, count(dataSource, "SELECT count(*) FROM tombstone WHERE entity_type = 'Attachment' AND entity_id = CAST(? AS uuid)",
                    file.getString("id")));
        }
    }

    @Test
    void aGeneratedDocumentIsStoredAsAnAttachmentOfItsRecord() {
        String sample = sample();
        JsonPath stored = as("township-clerk", TOWN).post("/test/samples/" + sample + "/generated-document").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("application/pdf", stored.getString("contentType"));
        assertEquals("文书.pdf", stored.getString("fileName"));
        assertArrayEquals(pdf("generated"), as("township-clerk", TOWN).get(stored.getString("downloadUrl")).then().statusCode(200)
                .extract().asByteArray());
        assertNull(as("township-clerk", OrgUnits.CAIE).post("/test/samples/" + sample + "/generated-document").then().statusCode(404)
                .extract().jsonPath().getString("id"));
    }

    JsonPath feed() {
        return as("township-clerk", TOWN).contentType(ContentType.JSON).queryParam("limit", 1000)
                .get("/test/sync/attachments/changes").then().statusCode(200).extract().jsonPath();
    }

    /** A PDF of exactly {@code size} bytes (the header, then spaces: what a detector reads as a PDF). */
    static byte[] padded(int size) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] head = ("%PDF-1.4\n%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return pdf;
    }
}
