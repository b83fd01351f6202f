package cn.daxiang.justice.kit.openapi;

import cn.daxiang.justice.kit.accesslog.AccessLogResource;
import cn.daxiang.justice.kit.approval.ApprovalsResource;
import cn.daxiang.justice.kit.attachment.AttachmentsResource;
import cn.daxiang.justice.kit.clock.TasksResource;
import cn.daxiang.justice.kit.personview.PersonEventsResource;
import cn.daxiang.justice.kit.personview.PersonRecordsResource;
import cn.daxiang.justice.kit.stats.StatsResource;
import cn.daxiang.justice.kit.sync.SyncResource;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations a line inherits from the kit's resource bases ({@link SyncResource},
 * {@link StatsResource}, {@link AccessLogResource}, {@link TasksResource}, approvals, attachments, persons), made the line's own. The scanner describes an
 * inherited method once per subclass but leaves out its security requirement (Quarkus looks for
 * {@code @RolesAllowed} on the subclass only), so this step adds the bearer requirement with the
 * roles the base method declares; and it gives each operation a per-line id: the base's id
 * {@code kit.x} becomes {@code <line>X} ({@code correctionsAccessLog}), unless the line's
 * {@code META-INF/openapi.yaml} names another in its root extension {@code x-operation-ids}
 * ({@code kit.stats: getCorrectionsStats}), which keeps the ids published before the bases existed.
 */
final class InheritedOperations {

    static final String PREFIX = "kit.";
    static final String EXTENSION = "x-operation-ids";
    static final Pattern LINE = Pattern.compile("/api/v1/([a-z-]+)/.*");
    static final List<Class<?>> BASES = List.of(SyncResource.class, StatsResource.class, AccessLogResource.class, TasksResource.class,
            ApprovalsResource.class, AttachmentsResource.class, PersonRecordsResource.class, PersonEventsResource.class);
    /** A line has one attachments resource per record type: its ids name the collection too ({@code legalAidCasesAttachments}). */
    static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
    static final Pattern PER_COLLECTION = Pattern.compile("/api/v1/[a-z-]+/([a-z-]+)/.*");

    /** The roles of every base operation, by its id. */
    static final Map<String, List<String>> ROLES = roles();

    private InheritedOperations() {
    }

    static Map<String, List<String>> roles() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Class<?> base : BASES) {
            for (Method method : base.getDeclaredMethods()) {
                org.eclipse.microprofile.openapi.annotations.Operation operation =
                        method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : base.getAnnotation(RolesAllowed.class);
                if (operation != null && allowed != null) {
                    roles.put(operation.operationId(), List.of(allowed.value()));
                }
            }
        }
        return roles;
    }

    static void apply(OpenAPI api) {
        Map<?, ?> ids = api.getExtensions() != null && api.getExtensions().get(EXTENSION) instanceof Map<?, ?> m ? m : Map.of();
        String scheme = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                || api.getComponents().getSecuritySchemes().isEmpty()
                ? null : api.getComponents().getSecuritySchemes().keySet().iterator().next();
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            Matcher line = LINE.matcher(path.getKey());
            if (path.getValue().getOperations() == null || !line.matches()) {
                continue;
            }
            declareTemplateParameters(path.getKey(), path.getValue());
            for (Operation operation : path.getValue().getOperations().values()) {
                String id = operation.getOperationId();
                if (id == null || !id.startsWith(PREFIX)) {
                    continue;
                }
                List<String> roles = ROLES.get(id);
                if (roles != null && scheme != null && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
                    operation.setSecurity(new ArrayList<>(List.of(
                            OASFactory.createSecurityRequirement().addScheme(scheme, new ArrayList<>(roles)))));
                }
                Object named = ids.get(id);
                Matcher collection = PER_COLLECTION.matcher(path.getKey());
                String of = id.startsWith(PREFIX + "attachment") && collection.matches() ? SyncContract.camel(collection.group(1)) : "";
                operation.setOperationId(named != null ? named.toString()
                        : SyncContract.lowerCamel(line.group(1)) + of + SyncContract.camel(id.substring(PREFIX.length())));
            }
        }
        api.removeExtension(EXTENSION);
    }

    /**
     * A base's method reads an id of the subclass's class-level path ({@code subjects/{id}/attachments}) through its
     * own {@code @PathParam}; the scanner does not carry it over, so the path declares it (a UUID, as every record id).
     */
    static void declareTemplateParameters(String template, PathItem item) {
        Matcher names = TEMPLATE.matcher(template);
        while (names.find()) {
            String name = names.group(1);
            boolean declared = declares(item.getParameters(), name)
                    || item.getOperations().values().stream().allMatch(o -> declares(o.getParameters(), name));
            if (!declared) {
                item.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .description("Record id / 记录编号")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")));
            }
        }
    }

    private static boolean declares(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream().anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
    }

}
