package cn.daxiang.justice.kit.personview;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A line's answer for one person: the records with that hash in the caller's scope, none when nothing is (never a
 * 403 or 404, which would tell that the person is known elsewhere). Marked so that every read is in the access log.
 */
@PersonalData
@Schema(name = "PersonRecords", description = "本业务线中某人的记录 / the person's records in this line")
public record PersonRecords(
        @Schema(description = "Keyed hash of the ID number / 身份证号的密钥哈希", example = "q5Xq3d0y7Q2rJcXQGd3mJmH5nYkqk8b4h1cX0y2t9wE")
        String hash,
        List<PersonRecordView> records) {
}
