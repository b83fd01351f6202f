package cn.daxiang.justice.evaluation.persons;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/**
 * One event of a person as a line publishes it ({@code GET /api/v1/<line>/person-events}): the keyed hash of the ID
 * number, never the number, what happened, when and where.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonEvent(String hash, String event, LocalDate date, String orgUnit) {

    /** Corrections: a subject received (entry or receipt date). */
    public static final String CORRECTION_STARTED = "CORRECTION_STARTED";
    /** Corrections: a subject released from correction (解除矫正). */
    public static final String CORRECTION_ENDED = "CORRECTION_ENDED";
    /** Resettlement: the person's release from prison (刑满释放). */
    public static final String PRISON_RELEASED = "PRISON_RELEASED";
    /** Resettlement: the person received for 安置帮教. */
    public static final String RESETTLEMENT_RECEIVED = "RESETTLEMENT_RECEIVED";
    /** Legal aid: aid granted (decision date). */
    public static final String LEGAL_AID_GRANTED = "LEGAL_AID_GRANTED";
}
