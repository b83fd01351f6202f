-- Resettlement hand-over done right (安置帮教衔接, issue 19). The chain of a person released from prison: the prison's
-- release notice (刑满释放人员通知书: the prison, the expected release day; the day it arrived is notice_received_on, V9),
-- the release (released_on), the hand-over at release (必接必送 / 衔接: when, how, by whom), the 帮教 visits (a child
-- record, below) and the end of the 帮教 period (ended_on, V5).
ALTER TABLE resettlement_person
    ADD COLUMN prison_name         varchar(100),
    ADD COLUMN expected_release_on date,
    ADD COLUMN handover_on         date,
    ADD COLUMN handover_method     varchar(30),
    ADD COLUMN handover_by         varchar(50),
    -- the notice is the prison's: only a person released from prison has one's prison and expected day
    ADD CONSTRAINT resettlement_person_notice_source_ck
        CHECK (source = 'PRISON_RELEASE' OR (prison_name IS NULL AND expected_release_on IS NULL)),
    ADD CONSTRAINT resettlement_person_handover_method_ck
        CHECK (handover_method IN ('PICKED_UP_AT_GATE', 'HANDED_OVER_BY_PRISON', 'HANDED_OVER_BY_CORRECTION', 'CONTACTED',
                                   'NOT_REACHED')),
    -- a hand-over is recorded whole: its day, its way and who did it
    ADD CONSTRAINT resettlement_person_handover_whole_ck
        CHECK ((handover_on IS NULL) = (handover_method IS NULL) AND (handover_on IS NULL) = (handover_by IS NULL)),
    -- the prison's ways only for a prison release, the correction office's only for a correction release
    ADD CONSTRAINT resettlement_person_handover_way_ck
        CHECK (handover_method IS NULL
               OR (handover_method IN ('PICKED_UP_AT_GATE', 'HANDED_OVER_BY_PRISON') AND source = 'PRISON_RELEASE')
               OR (handover_method = 'HANDED_OVER_BY_CORRECTION' AND source = 'CORRECTION_RELEASE')
               OR handover_method IN ('CONTACTED', 'NOT_REACHED')),
    -- the order: a prison release is handed over after its notice arrived, and never before the release; picked up at
    -- the prison gate is on the day of release
    ADD CONSTRAINT resettlement_person_handover_order_ck
        CHECK (handover_on IS NULL
               OR (handover_on >= released_on
                   AND (source <> 'PRISON_RELEASE' OR (notice_received_on IS NOT NULL AND handover_on >= notice_received_on))
                   AND (handover_method <> 'PICKED_UP_AT_GATE' OR handover_on = released_on)
                   AND (ended_on IS NULL OR handover_on <= ended_on))),
    -- handover_done is derived from a recorded hand-over (reached unless NOT_REACHED); a row without one keeps the
    -- flag its client sent (clients before this version send only the flag)
    ADD CONSTRAINT resettlement_person_handover_done_ck
        CHECK (handover_method IS NULL OR handover_done = (handover_method <> 'NOT_REACHED'));

-- The period figures by release day (prison releases notified, correction releases, and how many were handed over).
CREATE INDEX resettlement_person_org_unit_released_on_idx ON resettlement_person (org_unit varchar_pattern_ops, released_on);

-- The 帮教 visits (帮教走访) of a person in resettlement, in the person's org unit. Written through the kit's
-- RecordService: every write leaves its row in the kit's audit_log (and so in the change feed).
CREATE TABLE resettlement_visit (
    id          uuid          NOT NULL,
    org_unit    varchar(12)   NOT NULL,
    version     bigint        NOT NULL,
    person_id   uuid          NOT NULL,
    visited_on  date          NOT NULL,
    visited_by  varchar(50)   NOT NULL,
    kind        varchar(30)   NOT NULL,
    result      varchar(2000) NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    CONSTRAINT resettlement_visit_pk PRIMARY KEY (id),
    CONSTRAINT resettlement_visit_person_fk FOREIGN KEY (person_id) REFERENCES resettlement_person (id),
    CONSTRAINT resettlement_visit_version_ck CHECK (version >= 1),
    CONSTRAINT resettlement_visit_kind_ck CHECK (kind IN ('HOME_VISIT', 'TALK', 'PHONE', 'ASSISTANCE')),
    CONSTRAINT resettlement_visit_visited_by_ck CHECK (length(btrim(visited_by)) > 0),
    CONSTRAINT resettlement_visit_result_ck CHECK (length(btrim(result)) > 0)
);
CREATE INDEX resettlement_visit_person_idx ON resettlement_visit (person_id, visited_on, id);
CREATE INDEX resettlement_visit_org_unit_visited_on_idx ON resettlement_visit (org_unit varchar_pattern_ops, visited_on);
CREATE INDEX resettlement_visit_list_idx ON resettlement_visit (visited_on DESC, id);
