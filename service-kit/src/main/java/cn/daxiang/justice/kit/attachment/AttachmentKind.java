package cn.daxiang.justice.kit.attachment;

import java.util.Set;

/**
 * A kind of file a line attaches (判决书, 调解协议书...): its code, its Chinese label, and the content types it takes
 * (by default {@link FileTypes#DOCUMENTS}: PDF, Word, Excel and JPEG/PNG images).
 */
public record AttachmentKind(String code, String label, Set<String> contentTypes) {

    public AttachmentKind {
        contentTypes = Set.copyOf(contentTypes);
    }

    /** A kind that takes every document type the platform stores. */
    public static AttachmentKind of(String code, String label) {
        return new AttachmentKind(code, label, FileTypes.DOCUMENTS);
    }

    /** A kind of pictures only (photos of a visit). */
    public static AttachmentKind images(String code, String label) {
        return new AttachmentKind(code, label, FileTypes.IMAGES);
    }
}
