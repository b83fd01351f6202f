package cn.daxiang.justice.devsupport.testing;

import javax.sql.DataSource;
import java.util.List;

/**
 * The kit's {@code audit_log} rows of one record, oldest first. Ids are compared as text, as the
 * table stores them.
 */
public final class AuditRows {

    private AuditRows() {
    }

    /** How many audit rows the record has. */
    public static long auditRows(DataSource dataSource, Object entityId) {
        return Rows.count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ?", entityId.toString());
    }

    /** How many audit rows of {@code action} ({@code CREATE}, {@code UPDATE}, ...) the record has. */
    public static long auditRows(DataSource dataSource, Object entityId, String action) {
        return Rows.count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = ?",
                entityId.toString(), action);
    }

    /** The actions, in the order they were written. */
    public static List<String> auditActions(DataSource dataSource, String entityType, Object entityId) {
        return column(dataSource, "action", entityType, entityId);
    }

    /** The {@code changes} documents, as JSON text. */
    public static List<String> auditChanges(DataSource dataSource, String entityType, Object entityId) {
        return column(dataSource, "changes::text", entityType, entityId);
    }

    /** Who wrote each row (the token's subject). */
    public static List<String> auditActors(DataSource dataSource, String entityType, Object entityId) {
        return column(dataSource, "actor", entityType, entityId);
    }

    private static List<String> column(DataSource dataSource, String column, String entityType, Object entityId) {
        return Rows.strings(dataSource, "SELECT " + column + " FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id",
                entityType, entityId.toString());
    }
}
