package cn.daxiang.justice.kit.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Instrument", description = "格式文书：出具的文书及其文号 / a formal instrument issued for a record")
public record InstrumentView(
        UUID id,
        @Schema(description = "文书种类代码, e.g. grant") String kind,
        @Schema(description = "文书名称, e.g. 给予法律援助决定书") String title,
        @Schema(description = "所属记录类型, e.g. Application") String recordType,
        UUID recordId,
        @Schema(description = "出具机构（编号所属单位）") String orgUnit,
        int year,
        @Schema(description = "年度内本机构该类文书的顺序号，从1起，无空号") int number,
        @Schema(description = "文号, e.g. 〔2021〕大司援决字第3号") String documentNumber,
        @Schema(description = "文书日期（落款日期）") LocalDate issuedOn,
        String generatedBy,
        Instant generatedAt,
        Links links) {

    @Schema(name = "InstrumentLinks")
    public record Links(@Schema(description = "Word 文书 (DOCX)") String docx, @Schema(description = "PDF 文书") String pdf) {
    }
}
