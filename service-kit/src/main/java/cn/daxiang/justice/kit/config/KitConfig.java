package cn.daxiang.justice.kit.config;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator sets for the kit (application.properties or the environment). One mapping per
 * area: {@code platform.*} as a whole also holds the services' own keys and Quarkus's platform
 * properties, which a single mapping root would refuse as unknown.
 */
public interface KitConfig {

    @ConfigMapping(prefix = "platform.org-units")
    interface OrgUnits {
        /** {@code platform.org-units.file}: reference data replacing the built-in {@code org-units.csv}. */
        Optional<String> file();
    }

    @ConfigMapping(prefix = "platform.calendar")
    interface Calendar {
        /** {@code platform.calendar.dir}: a directory of {@code YYYY.csv} files adding or replacing years of the built-in calendar. */
        Optional<String> dir();
    }

    @ConfigMapping(prefix = "platform.deadlines")
    interface Deadlines {
        /** {@code platform.deadlines.due-soon-days}: how many calendar days before its due date an open item is {@code DUE_SOON}. */
        @WithDefault("3")
        int dueSoonDays();

        /** {@code platform.deadlines.refresh-at-start}: bring stored items up to date after a start (kit.clock.DeadlineRefresh). */
        @WithDefault("true")
        boolean refreshAtStart();

        /** {@code platform.deadlines.zone}: the time zone "today" is read in. */
        @WithDefault("Asia/Shanghai")
        java.time.ZoneId zone();
    }

    @ConfigMapping(prefix = "platform.instruments")
    interface Instruments {
        /**
         * {@code platform.instruments.template-dir}: a directory whose files replace the built-in templates of the formal
         * instruments, by the same relative name (e.g. {@code instruments/legal-aid/grant.docx}).
         */
        Optional<String> templateDir();

        /**
         * {@code platform.instruments.abbreviations."<org unit code>"}: the office's abbreviation in instrument numbers
         * (〔2021〕<b>大司</b>援决字第1号); an office not listed takes the built-in rule (kit.document.Numbering).
         */
        Map<String, String> abbreviations();
    }

    @ConfigMapping(prefix = "platform.stats")
    interface Stats {
        /** {@code platform.stats.records-complete-from}: the date from which this service holds every record. */
        Optional<LocalDate> recordsCompleteFrom();
    }

    @ConfigMapping(prefix = "platform.idempotency")
    interface Idempotency {
        /**
         * {@code platform.idempotency.lease}: how long a run holds its key; longer than the gateway's
         * upstream timeout (30 s), so a run whose client may still get its answer is never taken over.
         */
        @WithDefault("60s")
        Duration lease();
    }

    @ConfigMapping(prefix = "platform.documents")
    interface Documents {
        /**
         * {@code platform.documents.fonts}: the TrueType fonts embedded in every PDF (reports,
         * instruments), each glyph from the first that has it. DejaVu Sans (Latin, digits; Debian
         * {@code fonts-dejavu-core}) then Droid Sans Fallback (CJK; Apache 2.0, {@code
         * fonts-droid-fallback}): ./platform installs both. Both have TrueType outlines, which PDFBox
         * can subset; Noto CJK's CFF outlines it cannot.
         */
        @WithDefault("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
        List<String> fonts();
    }

    /** Looked up where a refused deletion is explained, a static path no injection point names. */
    @Unremovable
    @ConfigMapping(prefix = "platform.dependants")
    interface Dependants {
        /** {@code platform.dependants.<foreign key>=<label>}, e.g. {@code violation_subject_fk=违规记录}. */
        @WithParentName
        Map<String, String> labels();
    }

    @ConfigMapping(prefix = "platform.attachments")
    interface Attachments {
        /** {@code platform.attachments.max-file-size}: the largest file one upload may carry (413 beyond). */
        @WithDefault("20M")
        io.quarkus.runtime.configuration.MemorySize maxFileSize();

        /** {@code platform.attachments.max-record-size}: the most all the files of one record may hold together (413 beyond). */
        @WithDefault("200M")
        io.quarkus.runtime.configuration.MemorySize maxRecordSize();
    }
    @ConfigMapping(prefix = "platform.persons")
    interface Persons {
        /**
         * {@code platform.persons.hash-keys.<key id>}: the secrets of the persons' blind index (kit.person.PersonKeys), base64,
         * at least 32 bytes each. The same keys in every service: a person's hash links them across the lines. Keep the
         * earlier key listed while the re-hash job runs after a rotation.
         */
        Map<String, String> hashKeys();

        /** {@code platform.persons.current-key}: the id of the key new hashes are made with. */
        Optional<String> currentKey();

        /**
         * {@code platform.persons.reindex-at-start}: after a start, back-fill record types not yet indexed and re-hash rows
         * of an earlier key (kit.person.PersonIndexJob).
         */
        @WithDefault("true")
        boolean reindexAtStart();

        /** {@code platform.persons.batch-size}: records per transaction of that job. */
        @WithDefault("500")
        int batchSize();
    }
}
