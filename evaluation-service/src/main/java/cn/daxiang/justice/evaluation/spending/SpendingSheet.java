package cn.daxiang.justice.evaluation.spending;

import cn.daxiang.justice.evaluation.api.SpendingInput;
import cn.daxiang.justice.evaluation.domain.Fund;
import cn.daxiang.justice.evaluation.service.SpendingService;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published XLSX layout of budget and expenditure (预算支出导入模板): the first sheet, a Chinese header row, one row
 * per year, org unit, fund and project. {@link #template()} writes it; {@link #read} reads a filled one row by row and
 * refuses the whole sheet, naming every bad row as Excel numbers it, if any row is wrong.
 */
@ApplicationScoped
public class SpendingSheet {

    /** The columns, in order: the header text and the input field it fills. */
    enum Column {
        YEAR("年度", "year"), ORG_UNIT("单位代码", "orgUnit"), FUND("资金类型", "fund"), PROJECT_CODE("项目代码", "projectCode"),
        PROJECT_NAME("项目名称", "projectName"), BUDGETED("年初预算", "budgeted"), ADJUSTED("调整后预算", "adjusted"),
        SPENT("实际支出", "spent"), OUTPUT_TARGET("产出目标", "outputTarget"), OUTPUT_ACHIEVED("实际产出", "outputAchieved"),
        OUTPUT_UNIT("产出单位", "outputUnit"), NOTE("备注", "note");

        final String header;
        final String field;

        Column(String header, String field) {
            this.header = header;
            this.field = field;
        }
    }

    static final String SHEET = "预算支出";
    static final int MAX_ROWS = 2000;
    private static final Map<String, String> HEADERS_BY_FIELD = new HashMap<>();

    static {
        for (Column c : Column.values()) {
            HEADERS_BY_FIELD.put(c.field, c.header);
        }
    }

    @Inject
    Validator validator;

    /** The empty layout: the header row on the first sheet, and a sheet that explains each column. */
    public static byte[] template() {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Sheet sheet = wb.createSheet(SHEET);
            Row row = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = row.createCell(c.ordinal());
                cell.setCellValue(c.header);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c.ordinal(), 14 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = wb.createSheet("填写说明");
            String[][] notes = {
                    {"列", "说明"},
                    {"年度", "必填，2000至2100之间的整数，如 2021"},
                    {"单位代码", "必填，12位区划代码，如 430503000000（区司法局）"},
                    {"资金类型", "必填：基本支出 或 项目支出"},
                    {"项目代码", "项目支出必填：小写字母开头的字母数字，如 legalAidSubsidy（法律援助办案补贴）、mediationReward（人民调解“以奖代补”）；基本支出不填"},
                    {"项目名称", "项目支出必填，如 法律援助办案补贴"},
                    {"年初预算", "必填，单位元，不能为负数，最多两位小数"},
                    {"调整后预算", "单位元；不填时等于年初预算"},
                    {"实际支出", "必填，单位元，不能为负数，最多两位小数"},
                    {"产出目标", "项目支出可填，如补贴案件数；大于0"},
                    {"实际产出", "填写时须同时填写产出目标"},
                    {"产出单位", "如 件、份"},
                    {"备注", "如财政项目编号"},
                    {"", "同一年度、单位、资金类型和项目只能有一行；再次导入时按此更新已有数据"}};
            for (int i = 0; i < notes.length; i++) {
                Row r = help.createRow(i);
                r.createCell(0).setCellValue(notes[i][0]);
                r.createCell(1).setCellValue(notes[i][1]);
            }
            help.setColumnWidth(0, 14 * 256);
            help.setColumnWidth(1, 90 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a filled sheet, each checked; a sheet with any bad row is refused as a whole. */
    public List<SpendingInput> read(InputStream in) {
        List<SpendingInput> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        try (Workbook wb = open(in)) {
            Sheet sheet = wb.getSheetAt(0);
            requireHeader(sheet.getRow(0));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || empty(row)) {
                    continue;
                }
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    throw SheetRejected.of("第" + (i + 1) + "行", "导入文件最多" + MAX_ROWS + "行数据");
                }
                int excelRow = i + 1;
                List<String> bad = new ArrayList<>();
                SpendingInput input = parse(row, bad);
                if (bad.isEmpty()) {
                    validate(input, bad);
                }
                if (bad.isEmpty()) {
                    String key = input.year() + "|" + input.orgUnit() + "|" + input.fund() + "|" + input.projectCode();
                    Integer first = keys.putIfAbsent(key, excelRow);
                    if (first != null) {
                        bad.add("与第" + first + "行重复（同一年度、单位、资金类型和项目只能有一行）");
                    }
                }
                if (bad.isEmpty()) {
                    rows.add(input);
                } else {
                    errors.add(new FieldError("第" + excelRow + "行", "第" + excelRow + "行：" + String.join("；", bad)));
                }
            }
        } catch (IOException e) {
            throw notAWorkbook();
        }
        if (!errors.isEmpty()) {
            throw new SheetRejected(errors);
        }
        if (rows.isEmpty()) {
            throw SheetRejected.of("第2行", "导入文件没有数据行（第1行为表头，数据从第2行起）");
        }
        return rows;
    }

    private static Workbook open(InputStream in) {
        // a small zip that inflates hugely is refused by POI's ZipSecureFile (its default ratio); the upload's size is the platform's limit
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw notAWorkbook();
        }
    }

    /** A zip archive that is not an Excel workbook (a Word file, a corrupt upload): 415 like any other type. */
    private static ApiException notAWorkbook() {
        return new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "导入文件不是有效的XLSX工作簿，请使用导入模板");
    }

    private static void requireHeader(Row header) {
        List<String> wanted = Arrays.stream(Column.values()).map(c -> c.header).toList();
        List<String> found = new ArrayList<>();
        for (Column c : Column.values()) {
            Cell cell = header == null ? null : header.getCell(c.ordinal());
            found.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip());
        }
        if (!found.equals(wanted)) {
            throw SheetRejected.of("第1行", "第1行：表头应为“" + String.join("、", wanted) + "”，请使用导入模板");
        }
    }

    private static boolean empty(Row row) {
        for (Column c : Column.values()) {
            Cell cell = row.getCell(c.ordinal());
            if (cell != null && cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static SpendingInput parse(Row row, List<String> bad) {
        Integer year = null;
        BigDecimal y = number(row, Column.YEAR, bad, "不是年份");
        if (y != null) {
            if (y.stripTrailingZeros().scale() > 0) {
                bad.add("年度不是年份");
            } else {
                year = y.intValue();
            }
        }
        String orgUnit = text(row, Column.ORG_UNIT);
        String fundText = text(row, Column.FUND);
        Fund fund = fund(fundText);
        if (fundText != null && fund == null) {
            bad.add("资金类型应为“基本支出”或“项目支出”");
        }
        return new SpendingInput(null, year, orgUnit, fund, text(row, Column.PROJECT_CODE), text(row, Column.PROJECT_NAME),
                amount(row, Column.BUDGETED, bad), amount(row, Column.ADJUSTED, bad), amount(row, Column.SPENT, bad),
                number(row, Column.OUTPUT_TARGET, bad, "不是数字"), number(row, Column.OUTPUT_ACHIEVED, bad, "不是数字"),
                text(row, Column.OUTPUT_UNIT), text(row, Column.NOTE), null);
    }

    static Fund fund(String text) {
        if (text == null) {
            return null;
        }
        for (Fund f : Fund.values()) {
            if (f.label().equals(text) || f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        return null;
    }

    private static BigDecimal amount(Row row, Column c, List<String> bad) {
        return number(row, c, bad, "不是金额");
    }

    /** A numeric cell, or a text cell holding a number (thousands separators allowed); null when empty. */
    private static BigDecimal number(Row row, Column c, List<String> bad, String notANumber) {
        Cell cell = row.getCell(c.ordinal());
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case BLANK:
                return null;
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    bad.add(c.header + notANumber);
                    return null;
                }
                return BigDecimal.valueOf(cell.getNumericCellValue());
            case STRING:
                String s = cell.getStringCellValue().strip().replace(",", "");
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    return new BigDecimal(s);
                } catch (NumberFormatException e) {
                    bad.add(c.header + notANumber);
                    return null;
                }
            default:
                bad.add(c.header + notANumber);
                return null;
        }
    }

    /** A text cell (a numeric one written without exponent or fraction: a 12-digit code typed as a number); null when empty. */
    private static String text(Row row, Column c) {
        Cell cell = row.getCell(c.ordinal());
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String s = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> null;
        };
        s = s == null ? null : s.strip();
        return s == null || s.isEmpty() ? null : s;
    }

    /** The field constraints and the record's own rules, each message led by its column's header. */
    private void validate(SpendingInput input, List<String> bad) {
        for (Column c : Column.values()) {
            Set<ConstraintViolation<SpendingInput>> violations = validator.validateProperty(input, c.field);
            violations.stream().map(v -> c.header + (v.getConstraintDescriptor().getAnnotation() instanceof NotNull
                            ? "未填写" : "：" + v.getMessage()))
                    .sorted().forEach(bad::add);
        }
        if (bad.isEmpty()) {
            SpendingService.problems(input)
                    .forEach(e -> bad.add(HEADERS_BY_FIELD.getOrDefault(e.field(), e.field()) + "：" + e.message()));
        }
    }
}
