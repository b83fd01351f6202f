package cn.daxiang.justice.kit.clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The State Council's schedules as the calendar reads them, and what an operator may add. */
class WorkingCalendarTest {

    static WorkingCalendar builtIn() {
        WorkingCalendar calendar = new WorkingCalendar();
        calendar.load(Optional.empty());
        return calendar;
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void theBuiltInCalendarCoversEveryYearFrom2020To2026() {
        for (int year = 2020; year <= 2026; year++) {
            assertTrue(builtIn().years().contains(year), "year " + year);
        }
    }

    @Test
    void springFestival2021IsOffAndItsAdjustedSundayAndSaturdayAreWorked() {
        WorkingCalendar calendar = builtIn();
        // 国办发明电〔2020〕27号: 2月11日至17日放假调休; 2月7日（星期日）、2月20日（星期六）上班
        assertTrue(calendar.isWorkingDay(d("2021-02-07")));
        for (LocalDate day = d("2021-02-11"); !day.isAfter(d("2021-02-17")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertTrue(calendar.isWorkingDay(d("2021-02-18")));
        assertTrue(calendar.isWorkingDay(d("2021-02-20")));
        assertFalse(calendar.isWorkingDay(d("2021-02-21")));
    }

    @Test
    void nationalDay2023RunsFromMidAutumnAndIsMadeUpOnTheWeekendAfter() {
        WorkingCalendar calendar = builtIn();
        // 国办发明电〔2022〕16号: 9月29日至10月6日放假调休; 10月7日（星期六）、10月8日（星期日）上班
        assertFalse(calendar.isWorkingDay(d("2023-09-29")));
        assertFalse(calendar.isWorkingDay(d("2023-10-06")));
        assertTrue(calendar.isWorkingDay(d("2023-10-07")));
        assertTrue(calendar.isWorkingDay(d("2023-10-08")));
        assertEquals(d("2023-10-07"), calendar.onOrAfter(d("2023-10-01")));
    }

    @Test
    void theSpringFestivalOf2020EndsOnTheExtendedDayAndItsFirstOfFebruaryIsNoLongerWorked() {
        WorkingCalendar calendar = builtIn();
        // 国办发明电〔2020〕1号 extended the holiday to 2月2日
        assertFalse(calendar.isWorkingDay(d("2020-02-01")));
        assertFalse(calendar.isWorkingDay(d("2020-02-02")));
        assertTrue(calendar.isWorkingDay(d("2020-02-03")));
        assertTrue(calendar.isWorkingDay(d("2020-01-19")));
    }

    @Test
    void aDateInAYearWithoutDataIsAnErrorNamingTheYear() {
        CalendarYearMissingException missing = assertThrows(CalendarYearMissingException.class,
                () -> builtIn().isWorkingDay(d("2019-06-03")));
        assertEquals(2019, missing.year());
        assertThrows(CalendarYearMissingException.class, () -> builtIn().onOrAfter(d("2099-01-01")));
    }

    @Test
    void anOperatorAddsAYearWithAFileAndItsDaysCount(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.csv"), """
                # 国务院办公厅关于2030年部分节假日安排的通知（test）
                from,to,kind,name
                2030-01-01,2030-01-01,HOLIDAY,元旦
                2030-01-05,2030-01-05,WORKDAY,调休上班
                """);
        WorkingCalendar calendar = new WorkingCalendar();
        calendar.load(Optional.of(dir.toString()));
        assertFalse(calendar.isWorkingDay(d("2030-01-01")));
        assertTrue(calendar.isWorkingDay(d("2030-01-05")));
        assertTrue(calendar.isWorkingDay(d("2021-02-07")), "the built-in years stay");
    }

    @Test
    void anOperatorFileReplacesABuiltInYear(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2021.csv"), "from,to,kind,name\n2021-03-01,2021-03-01,HOLIDAY,测试\n");
        WorkingCalendar calendar = new WorkingCalendar();
        calendar.load(Optional.of(dir.toString()));
        assertFalse(calendar.isWorkingDay(d("2021-03-01")));
        assertTrue(calendar.isWorkingDay(d("2021-02-11")), "the built-in 2021 is replaced, not merged");
    }

    @Test
    void aFileThatMakesAWeekdayAnAdjustedWorkingDayStopsTheServiceWithTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.csv"), "from,to,kind,name\n2030-01-07,2030-01-07,WORKDAY,错误\n");
        WorkingCalendar calendar = new WorkingCalendar();
        IllegalStateException invalid = assertThrows(IllegalStateException.class, () -> calendar.load(Optional.of(dir.toString())));
        assertTrue(invalid.getMessage().contains("2030.csv line 2"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("weekday"), invalid.getMessage());
    }

    @Test
    void aFileWithoutItsHeaderOrWithARangeOutsideItsYearIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2030.csv"), "2030-01-01,2030-01-01,HOLIDAY,元旦\n");
        Files.writeString(dir.resolve("2031.csv"), "from,to,kind,name\n2032-01-01,2032-01-02,HOLIDAY,元旦\n");
        WorkingCalendar calendar = new WorkingCalendar();
        IllegalStateException invalid = assertThrows(IllegalStateException.class, () -> calendar.load(Optional.of(dir.toString())));
        assertTrue(invalid.getMessage().contains("2030.csv line 1: the header"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("2031.csv line 2: the range"), invalid.getMessage());
    }
}
