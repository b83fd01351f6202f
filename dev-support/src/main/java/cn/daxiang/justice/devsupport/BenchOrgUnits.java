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
 * coded 430503301000, 430503302000, ...
 */
public final class BenchOrgUnits {

    private BenchOrgUnits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchOrgUnits BUILT_IN_CSV TOWNSHIPS");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(Files.readString(Path.of(args[0])));
        extraTownships(Integer.parseInt(args[1])).forEach(out::println);
    }

    /** The lines of the townships added to the district's 14. */
    static List<String> extraTownships(int townships) {
        return IntStream.rangeClosed(1, Math.max(0, townships - OrgUnits.TOWNSHIPS.size()))
                .mapToObj(i -> "430503%03d000,测试第%d镇,TOWNSHIP,%s".formatted(300 + i, i, OrgUnits.DISTRICT))
                .toList();
    }

    /** The codes of every township in a file of TOWNSHIPS, the district's 14 first. */
    public static List<String> townships(int townships) {
        return Stream.concat(OrgUnits.TOWNSHIPS.stream(),
                extraTownships(townships).stream().map(line -> line.substring(0, 12))).toList();
    }
}
