package cn.daxiang.justice.kit.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attached files live, addressed by their SHA-256: one content however many attachments name it.
 * The default is {@link PostgresAttachmentStore} (the service's own schema); an object store can take over by
 * providing another bean of this type. Metadata (who attached what to which record) stays with {@link Attachments}.
 */
public interface AttachmentStore {

    /** What was stored: the content's SHA-256 (lower-case hex), its size, and whether it was new. */
    record Stored(String sha256, long size, boolean created) {
    }

    /**
     * Reads {@code content} to its end, as a stream, and keeps it under its SHA-256; the same bytes stored before are
     * kept once. Runs in the caller's transaction: when that rolls back, nothing is stored.
     */
    Stored put(InputStream content) throws IOException;

    /** The content as a stream, read piece by piece (not in a transaction: the content of a hash never changes). */
    InputStream open(String sha256);

    /**
     * Removes the content, which no attachment names any more ({@link Attachments} checks that under the content's
     * lock, {@link ContentLock}), in the caller's transaction.
     */
    void release(String sha256);
}
