package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 运行 open to the public or 关闭 closed. */
@Schema(name = "ServicePointStatus", description = "服务网点状态：OPEN 运行, CLOSED 关闭")
public enum ServicePointStatus {
    OPEN, CLOSED
}
