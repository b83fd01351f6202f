package cn.daxiang.justice.devsupport.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a test's database directly, for what the API does not show (audit rows, rows that must not exist). */
public final class Rows {

    private Rows() {
    }

    /** The single number a {@code SELECT count(*) ...} answers; parameters bind in order. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        return query(dataSource, sql, parameters, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** The first column of every row, as text. */
    public static List<String> strings(DataSource dataSource, String sql, Object... parameters) {
        return query(dataSource, sql, parameters, rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        });
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(DataSource dataSource, String sql, Object[] parameters, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
