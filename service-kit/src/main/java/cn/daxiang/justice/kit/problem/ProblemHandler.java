package cn.daxiang.justice.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import cn.daxiang.justice.kit.input.ControlCharacterException;
import cn.daxiang.justice.kit.input.ControlCharacters;
import cn.daxiang.justice.kit.requestid.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problem details. Nothing here echoes a stack trace
 * or a rejected value (it may be personal data); unexpected failures are logged with a correlation
 * id that the answer repeats.
 */
public class ProblemHandler {

    private static final Logger LOG = Logger.getLogger(ProblemHandler.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest request) {
        return respond(new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(),
                request.path(), e.errors(), e.currentVersion(), null));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e, request);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(validation("请求中有" + errors.size() + "处字段不合规", errors, request));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = pathOf(e);
        return respond(validation("未知字段：" + field,
                List.of(new FieldError(field, "未知字段")), request));
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, HttpServerRequest request) {
        String field = pathOf(e);
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "取值无效，可选值：" + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                : "格式或类型不正确，应为" + typeName(target);
        return respond(validation(message, List.of(new FieldError(field, message)), request));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = pathOf(e);
        String message = "类型不正确，应为" + typeName(e.getTargetType());
        return respond(validation(message, List.of(new FieldError(field, message)), request));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, HttpServerRequest request) {
        return jsonMapping(e, request);
    }

    @ServerExceptionMapper
    public Response controlCharacter(ControlCharacterException e, HttpServerRequest request) {
        String field = ControlCharacters.printable(pathOf(e));
        return respond(validation(field + ControlCharacters.MESSAGE,
                List.of(new FieldError(field, ControlCharacters.MESSAGE)), request));
    }

    private Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        if (e instanceof ControlCharacterException text) {
            return controlCharacter(text, request);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, request);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongFormat(format, request);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, request);
        }
        String field = pathOf(e);
        String message = "字段值无法解析";
        return respond(validation(message, List.of(new FieldError(field, message)), request));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        var location = e.getLocation();
        String where = location == null ? "" : "（第" + location.getLineNr() + "行第" + location.getColumnNr() + "列）";
        return respond(problem(ProblemType.MALFORMED_JSON, "请求体不是有效的JSON" + where, request));
    }

    @ServerExceptionMapper
    public Response staleEntity(OptimisticLockException e, HttpServerRequest request) {
        return respond(problem(ProblemType.PRECONDITION_FAILED, "记录已被他人同时修改，请刷新后重试", request));
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return staleEntity(null, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(problem(ProblemType.FORBIDDEN, "当前角色无权执行此操作", request));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        // The framework wraps body and parameter failures; answer for what actually went wrong.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping ? jsonMapping(mapping, request) : malformedJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted; that is bad input.
            return respond(problem(ProblemType.BAD_REQUEST, "查询参数或路径参数的格式不正确", request));
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        Problem body = new Problem(type.uri(), type.title(), status, type.title(), request.path(), null, null, null);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // A database constraint that the service's own checks did not catch first (two writers
        // racing for one unique key, say) is still the caller's conflict or bad input, not a 500.
        String sqlState = sqlState(e);
        if (sqlState != null) {
            switch (sqlState) {
                case "23505", "23503" -> {
                    return respond(problem(ProblemType.CONFLICT, "与已有记录冲突（唯一性或关联约束），请刷新后重试", request));
                }
                case "23502", "23514", "22001", "22003", "22007", "22008" -> {
                    return respond(problem(ProblemType.BAD_REQUEST, "数据不符合存储约束", request));
                }
                default -> { }
            }
        }
        String correlationId = correlationId(request);
        // The exception class and stack go to the log, never to the caller.
        LOG.errorf(Redacted.of(e), "unexpected failure [correlationId=%s] %s %s", correlationId, request.method(), request.path());
        ProblemType type = ProblemType.INTERNAL;
        return respond(new Problem(type.uri(), type.title(), type.status(),
                "处理请求时发生意外错误，请联系管理员并提供编号 " + correlationId, request.path(), null, null, correlationId));
    }

    /** The SQLSTATE of the first SQL exception in the cause chain, if any. */
    public static String sqlState(Throwable e) {
        return inCauses(e, SQLException.class, SQLException::getSQLState);
    }

    /** The first value {@code of} gives for a {@code type} in the cause chain, if any. */
    public static <T, V> V inCauses(Throwable e, Class<T> type, Function<T, V> of) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            V value = type.isInstance(t) ? of.apply(type.cast(t)) : null;
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private Response unauthenticated(HttpServerRequest request) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem(ProblemType.UNAUTHORIZED, "请求需要有效的Bearer令牌", request))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problem(ProblemType type, String detail, HttpServerRequest request) {
        return new Problem(type.uri(), type.title(), type.status(), detail, request.path(), null, null, null);
    }

    private static Problem validation(String detail, List<FieldError> errors, HttpServerRequest request) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(type.uri(), type.title(), type.status(), detail, request.path(), errors, null, null);
    }

    /** The request id (see {@link RequestIds}), so the answer names the id that the log lines carry. */
    static String correlationId(HttpServerRequest request) {
        String current = RequestIds.current();
        return current != null ? current : RequestIds.accept(request.getHeader(RequestIds.HEADER));
    }

    /** {@code create.body.name} becomes {@code name}; a bare parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() == null) {
                        break;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> { }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    static String pathOf(JsonMappingException e) {
        return pathOf(e, "body");
    }

    /** Where in the JSON the failure is, {@code a.b[2].c}; {@code whole} when at the top. */
    public static String pathOf(JsonMappingException e, String whole) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? whole : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "其他类型";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "布尔值";
        }
        if (type == String.class) {
            return "字符串";
        }
        if (type.getName().startsWith("java.time.")) {
            return "日期（YYYY-MM-DD）或时间（ISO-8601）";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "对象";
    }
}
