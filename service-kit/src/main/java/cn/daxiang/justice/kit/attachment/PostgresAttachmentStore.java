package cn.daxiang.justice.kit.attachment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Contents in the service's own schema: a row per SHA-256 ({@code attachment_content}) and its bytes in chunks of
 * {@value #CHUNK} bytes ({@code attachment_chunk}, bytea). An upload is written chunk by chunk while it is hashed (at
 * most one chunk in memory), under a row of its own; at its end, if the hash is stored already, the new rows go and
 * the old content is named instead. A download reads one chunk per query, so no connection or transaction is held
 * while a slow client reads. Chunks rather than large objects: they live in the schema (its grants, its dumps, its
 * drop), need no {@code lo_unlink} housekeeping, and go with their content by a cascading foreign key.
 */
@ApplicationScoped
@DefaultBean
public class PostgresAttachmentStore implements AttachmentStore {

    static final int CHUNK = 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored put(InputStream content) throws IOException {
        UUID id = UUID.randomUUID();
        MessageDigest digest = sha256();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement row = c.prepareStatement("INSERT INTO attachment_content (id) VALUES (?)")) {
                row.setObject(1, id);
                row.executeUpdate();
            }
            long size = 0;
            try (PreparedStatement chunk = c.prepareStatement("INSERT INTO attachment_chunk (content_id, seq, data) VALUES (?, ?, ?)")) {
                byte[] buffer = new byte[CHUNK];
                for (int seq = 0; ; seq++) {
                    int n = content.readNBytes(buffer, 0, CHUNK);
                    if (n == 0) {
                        break;
                    }
                    digest.update(buffer, 0, n);
                    chunk.setObject(1, id);
                    chunk.setInt(2, seq);
                    chunk.setBytes(3, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
                    chunk.executeUpdate();
                    size += n;
                    if (n < CHUNK) {
                        break;
                    }
                }
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            ContentLock.take(c, sha256);
            boolean known;
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM attachment_content WHERE sha256 = ?")) {
                find.setString(1, sha256);
                try (ResultSet rs = find.executeQuery()) {
                    known = rs.next();
                }
            }
            try (PreparedStatement done = c.prepareStatement(known
                    ? "DELETE FROM attachment_content WHERE id = ?"
                    : "UPDATE attachment_content SET sha256 = ?, size = ? WHERE id = ?")) {
                if (known) {
                    done.setObject(1, id);
                } else {
                    done.setString(1, sha256);
                    done.setLong(2, size);
                    done.setObject(3, id);
                }
                done.executeUpdate();
            }
            return new Stored(sha256, size, !known);
        } catch (SQLException e) {
            throw new IllegalStateException("content not stored", e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        return new ChunkStream(sha256);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String sha256) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM attachment_content WHERE sha256 = ?")) {
            delete.setString(1, sha256);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("content not released", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chunks of one content in order, each fetched when the reader gets to it. */
    private final class ChunkStream extends InputStream {

        private final String sha256;
        private int seq;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean ended;

        ChunkStream(String sha256) {
            this.sha256 = sha256;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == chunk.length) {
                if (ended || !next()) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        /**
         * No chunk {@code seq}: the end of the content, unless the content itself is gone (its last attachment deleted
         * while this download ran): then the download fails rather than end short of its Content-Length.
         */
        private boolean endOf(Connection c) throws SQLException, IOException {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM attachment_content WHERE sha256 = ?")) {
                exists.setString(1, sha256);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("the content was removed while it was being read");
                    }
                    return false;
                }
            }
        }

        private boolean next() throws IOException {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement read = c.prepareStatement("SELECT ch.data FROM attachment_chunk ch"
                         + " JOIN attachment_content co ON co.id = ch.content_id WHERE co.sha256 = ? AND ch.seq = ?")) {
                read.setString(1, sha256);
                read.setInt(2, seq);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        return endOf(c);
                    }
                    chunk = rs.getBytes(1);
                    pos = 0;
                    seq++;
                    return true;
                }
            } catch (SQLException e) {
                throw new IOException("content " + sha256 + ": chunk " + seq + " not read", e);
            }
        }
    }
}
