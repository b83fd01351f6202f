package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an application reached the centre. */
@Schema(name = "ApplicationChannel", description = "申请渠道：WALK_IN 来访, HOTLINE_12348 12348热线, ONLINE 网上申请, NOTIFIED 公检法通知辩护, TRANSFERRED 转交")
public enum ApplicationChannel {
    WALK_IN, HOTLINE_12348, ONLINE, NOTIFIED, TRANSFERRED
}
