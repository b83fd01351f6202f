package cn.daxiang.justice.kit.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A transaction-scoped PostgreSQL advisory lock per content hash: storing a content (is it there already?) and
 * releasing it (does anyone still name it?) take it, so an upload of the same bytes and the deletion of their last
 * attachment cannot cross. The first key is this kit's class of locks (21, the issue that brought attachments).
 */
final class ContentLock {

    static final String SQL = "SELECT pg_advisory_xact_lock(21, hashtext(?))";

    private ContentLock() {
    }

    static void take(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(SQL)) {
            lock.setString(1, sha256);
            lock.execute();
        }
    }
}
