package cn.daxiang.justice.kit.attachment;

import java.util.List;

/** A line's record types that take attachments, with their kinds: one bean per line (as ApprovalCatalog). */
public interface AttachmentCatalog {

    List<AttachmentTarget> targets();
}
