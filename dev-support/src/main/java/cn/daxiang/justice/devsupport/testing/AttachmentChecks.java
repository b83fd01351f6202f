package cn.daxiang.justice.devsupport.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import javax.sql.DataSource;

import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.sha256;
import static cn.daxiang.justice.devsupport.testing.AttachmentFiles.upload;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every line's attachment test checks the same way: a file read back as it was sent, a refusal that stores nothing. */
public final class AttachmentChecks {

    private AttachmentChecks() {
    }

    /**
     * Uploads the file to {@code files} (a record's attachments) as {@code role} of {@code orgUnit}, downloads it by its
     * {@code downloadUrl} and checks bytes, type, length, ETag and the RFC 5987 name; the stored attachment.
     */
    public static JsonPath storedAndReadBack(String role, String orgUnit, String files, String fileName, byte[] content,
                                             String kind, String contentType) {
        JsonPath stored = upload(as(role, orgUnit), files, fileName, content, kind, "标题 " + fileName).statusCode(201)
                .extract().jsonPath();
        assertEquals(contentType, stored.getString("contentType"), fileName);
        assertEquals(sha256(content), stored.getString("sha256"), fileName);
        ExtractableResponse<Response> download = as(role, orgUnit).get(stored.getString("downloadUrl")).then().statusCode(200).extract();
        assertArrayEquals(content, download.asByteArray(), fileName);
        assertEquals(contentType, download.contentType());
        assertEquals(String.valueOf(content.length), download.header("Content-Length"));
        assertEquals("\"" + sha256(content) + "\"", download.header("ETag"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\""), download.header("Content-Disposition"));
        assertTrue(download.header("Content-Disposition").contains("filename*=UTF-8''"), download.header("Content-Disposition"));
        return stored;
    }

    /** The upload answers {@code status} with a problem, and the schema holds no more attachments, contents or chunks than before. */
    public static void refusedAndNothingStored(DataSource dataSource, String schema, String role, String orgUnit, String files,
                                               String fileName, byte[] content, String kind, int status) {
        String before = stored(dataSource, schema);
        upload(as(role, orgUnit), files, fileName, content, kind, "标题").statusCode(status).contentType("application/problem+json");
        assertEquals(before, stored(dataSource, schema), "nothing stored");
    }

    /** The attachments of a record (by its id) in the schema. */
    public static long attachmentsOf(DataSource dataSource, String schema, Object recordId) {
        return Rows.count(dataSource, "SELECT count(*) FROM " + schema + ".attachment WHERE record_id = CAST(? AS uuid)", recordId.toString());
    }

    /** How many contents hold these bytes (0 or 1: one per hash). */
    public static long contents(DataSource dataSource, String schema, byte[] content) {
        return Rows.count(dataSource, "SELECT count(*) FROM " + schema + ".attachment_content WHERE sha256 = ?", sha256(content));
    }

    /** The attachments, contents and chunks of the schema, counted: what a refusal must leave as it was. */
    public static String stored(DataSource dataSource, String schema) {
        return Rows.count(dataSource, "SELECT count(*) FROM " + schema + ".attachment") + "/"
                + Rows.count(dataSource, "SELECT count(*) FROM " + schema + ".attachment_content") + "/"
                + Rows.count(dataSource, "SELECT count(*) FROM " + schema + ".attachment_chunk");
    }
}
