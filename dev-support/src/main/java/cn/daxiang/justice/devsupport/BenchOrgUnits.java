package cn.daxiang.justice.devsupport;

import cn.daxiang.justice.devsupport.testing.OrgUnits;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code BenchOrgUnits BUILT_IN_CSV TOWNSHIPS}: prints a province-size org-unit file for the benchmarks
 * (the platform reads it from {@code platform.org-units.file}): the built-in units (the kit's
 * {@code org-units.csv}), then as many more townships under the district as make TOWNSHIPS in all,
 * coded 430503301000, 430503302000, ... With {@code province} as a third argument: the scaled-down province of
 * {@link #province} instead.
 */
public final class BenchOrgUnits {

    private BenchOrgUnits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && !(args.length == 3 && args[2].equals("province"))) {
            System.err.println("usage: BenchOrgUnits BUILT_IN_CSV TOWNSHIPS [province]");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(Files.readString(Path.of(args[0])));
        (args.length == 3 ? province(Integer.parseInt(args[1])) : extraTownships(Integer.parseInt(args[1]))).forEach(out::println);
    }

    /** The lines of the townships added to the district's 14. */
    static List<String> extraTownships(int townships) {
        return IntStream.rangeClosed(1, Math.max(0, townships - OrgUnits.TOWNSHIPS.size()))
                .mapToObj(i -> "430503%03d000,测试第%d镇,TOWNSHIP,%s".formatted(300 + i, i, OrgUnits.DISTRICT))
                .toList();
    }

    /** The counties of the scaled-down province besides the district (430503), with their cities' codes. */
    static final List<String> COUNTIES = List.of(
            "430502000000,双清区,DISTRICT,430500000000",
            "430511000000,北塔区,DISTRICT,430500000000",
            "430102000000,芙蓉区,DISTRICT,430100000000",
            "430103000000,天心区,DISTRICT,430100000000",
            "430104000000,岳麓区,DISTRICT,430100000000");

    /**
     * The lines added to the built-in units (province, 邵阳市, the district and its 14) for a scaled-down province of
     * 2 cities, 6 counties and TOWNSHIPS townships: 长沙市, five more counties, and the townships beyond the district's
     * 14 spread evenly over those five, coded 430502101000, 430511101000, ...
     */
    static List<String> province(int townships) {
        List<String> lines = new java.util.ArrayList<>(List.of("430100000000,长沙市,CITY,430000000000"));
        lines.addAll(COUNTIES);
        lines.addAll(provinceTownships(townships).stream().skip(OrgUnits.TOWNSHIPS.size())
                .map(code -> "%s,测试%s镇,TOWNSHIP,%s000000".formatted(code, code.substring(6, 9), code.substring(0, 6))).toList());
        return lines;
    }

    /** The codes of every township of the scaled-down province, the district's 14 first. */
    public static List<String> provinceTownships(int townships) {
        int extra = Math.max(0, townships - OrgUnits.TOWNSHIPS.size());
        List<String> codes = new java.util.ArrayList<>(OrgUnits.TOWNSHIPS);
        for (int i = 0; i < extra; i++) {
            String county = COUNTIES.get(i % COUNTIES.size()).substring(0, 6);
            codes.add("%s%03d000".formatted(county, 101 + i / COUNTIES.size()));
        }
        return codes;
    }

    /** The codes of every township in a file of TOWNSHIPS, the district's 14 first. */
    public static List<String> townships(int townships) {
        return Stream.concat(OrgUnits.TOWNSHIPS.stream(),
                extraTownships(townships).stream().map(line -> line.substring(0, 12))).toList();
    }
}
