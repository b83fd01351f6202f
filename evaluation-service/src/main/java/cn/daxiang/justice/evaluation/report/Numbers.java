package cn.daxiang.justice.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report writes numbers: exactly as computed, with no thousands separators and no trailing zeros on counts. */
final class Numbers {

    private Numbers() {
    }

    /** A figure: 927, 0.5 (never 927.0 or 9.27E+2). */
    static String plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * An amount of money in yuan as the seed's report writes it: 37,570 → 3.7万余 (ten thousands, one decimal, the rest
     * cut and said by 余), 40,000 → 4万, under 10,000 in yuan as it is (8500, 0).
     */
    static String tenThousands(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        if (yuan.abs().compareTo(TEN_THOUSAND) < 0) {
            return plain(yuan);
        }
        BigDecimal wan = yuan.divide(TEN_THOUSAND).setScale(1, RoundingMode.DOWN);
        return plain(wan) + "万" + (wan.multiply(TEN_THOUSAND).compareTo(yuan) == 0 ? "" : "余");
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** An indicator value with the decimals its definition asks for: 156.1, 100.0. */
    static String value(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /** The unit of an amount of money: written to the fen. */
    static final String YUAN = "元";
    /** Amounts in ten thousand yuan (budgets, issue 23): written to the hundred yuan, 187.00万元. */
    static final String TEN_THOUSAND_YUAN = "万元";

    /**
     * An indicator value and its unit: 156.1%, and an amount in yuan to the fen (37215.50元, 187.00万元; a run's stored snapshot
     * does not keep trailing zeros, the definition computes amounts to two decimals).
     */
    static String withUnit(BigDecimal d, String unit) {
        if (d == null) {
            return null;
        }
        return (YUAN.equals(unit) || TEN_THOUSAND_YUAN.equals(unit) ? d.setScale(2, RoundingMode.HALF_UP).toPlainString() : value(d)) + unit;
    }
}
