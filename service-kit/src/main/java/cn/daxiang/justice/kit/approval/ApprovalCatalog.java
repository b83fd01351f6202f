package cn.daxiang.justice.kit.approval;

import java.util.List;

/** A line's kinds of request (a bean per line, like its DeadlineCatalog). */
public interface ApprovalCatalog {

    List<ApprovalRule<?>> rules();
}
