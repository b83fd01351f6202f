package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The files of one record type ({@link Attachments}). A line declares an empty subclass per record type that takes
 * files, with its {@code @Path} ({@code <collection>/{id}/attachments}, the collection its {@link AttachmentTarget}
 * names) and {@code @Tag}. The roles are those of the record: readers list, the writing roles upload and delete; the
 * content goes only to a reader who sees the record in full.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AttachmentsResource {

    static final String READERS_NOTE = "Scope and masking as for the record: a record outside the caller's scope is a 404.";

    @Inject
    protected Attachments attachments;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.attachments", summary = "The record's files / 附件列表",
            description = "Metadata of every file attached to the record, oldest first (not paged: it grows with one record). "
                    + "Title and file name are withheld where the masking policy masks bulk reads. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The files, without content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", description = "No such record in the caller's scope / 记录不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AttachmentView> list(@PathParam("id") UUID id, @Context UriInfo uri) {
        return attachments.list(attachments.targetOf(uri.getPath(), id), id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.attachmentUpload", summary = "Attach a file / 上传附件",
            description = "multipart/form-data with `file` (the file, its name with the extension of its type), `kind` (a kind code "
                    + "of the record type) and `title`. The type is read from the bytes (PDF, JPEG, PNG, DOCX, XLSX, DOC, XLS as "
                    + "the kind allows) and must agree with the name's extension. Limits per file and per record "
                    + "(platform.attachments.max-file-size, max-record-size; 20 MiB and 200 MiB by default). Nothing is stored "
                    + "when anything is refused.")
    @APIResponse(responseCode = "201", description = "Stored; Location is the attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown kind, no title or no file / 附件类别未知或缺少字段",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not writable by the caller / 无权修改",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record in the caller's scope / 记录不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File or the record's files too large / 文件过大",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Type not allowed, or the name disagrees with the bytes / 文件类型不允许或与扩展名不符",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AttachmentView> upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                                               @RestForm("kind") String kind, @RestForm("title") String title,
                                               @Context UriInfo uri) {
        if (file == null) {
            throw ApiException.invalid("file", "请上传文件");
        }
        return Created.at(uri, attachments.upload(attachments.targetOf(uri.getPath(), id), id, kind, title, file.fileName(),
                file.uploadedFile()));
    }

    @GET
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.attachment", summary = "One file's metadata / 查看附件信息", description = READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The file, without content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", description = "No such record or file / 记录或附件不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttachmentView get(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId, @Context UriInfo uri) {
        return attachments.get(attachments.targetOf(uri.getPath(), id), id, attachmentId);
    }

    @GET
    @Path("/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.attachmentContent", summary = "Download a file / 下载附件",
            description = "The content, streamed, with its Content-Type, Content-Length, Content-Disposition (RFC 5987 `filename*`) "
                    + "and ETag (its SHA-256). Only for a caller who reads the record in full (403 for a masked reader); "
                    + "every download is written to the access log.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "A masked reader / 仅可查看脱敏信息",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record or file / 记录或附件不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response content(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId, @Context UriInfo uri) {
        Attachments.Download download = attachments.content(attachments.targetOf(uri.getPath(), id), id, attachmentId, uri.getPath(),
                "kit.attachmentContent");
        Attachment a = download.attachment();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, a.contentType)
                .header(HttpHeaders.CONTENT_LENGTH, a.size)
                .header(HttpHeaders.ETAG, "\"" + a.sha256 + "\"")
                .header("Content-Disposition", contentDisposition(a.fileName))
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.attachmentDeletion", summary = "Remove a file / 删除附件",
            description = "Audited; the change feed announces the deletion. The content goes when no other attachment names it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not writable by the caller / 无权修改",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record or file / 记录或附件不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId, @Context UriInfo uri) {
        attachments.delete(attachments.targetOf(uri.getPath(), id), id, attachmentId);
    }

    /** {@code attachment} with an ASCII fallback name and the real one in RFC 5987 form ({@code filename*=UTF-8''...}). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
