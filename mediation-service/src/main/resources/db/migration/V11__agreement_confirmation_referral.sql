-- Issue 20, mediation as the law runs it. All three are content of the dispute (like its parties): they sync and
-- are audited with it; a dispute's agreement terms go with it when it is deleted.
--
-- 1. The agreement's content (调解协议书, 人民调解法第二十八条、第二十九条): the main facts and matters in dispute,
--    the terms agreed (who owes what, an amount in yuan, by when) and the performance method. A written agreement may
--    carry its document number; an oral one records its content without a document (第二十八条 「人民调解员应当记录协议内容」).
--    A follow-up (回访) reports each term performed / partly / not (follow_up.term_performance), from which its fulfilment is derived.
-- 2. Judicial confirmation (司法确认, 人民调解法第三十三条；民事诉讼法（2023年修正）第二百零五条、第二百零六条): the court
--    applied to, and its ruling (confirmed valid / rejected), the ruling's date and the court's case number (调确字).
-- 3. Referrals (诉调对接、访调对接、警调对接、政府交办): the referring organ, its document number, the day the referral
--    was received, and the outcome fed back to the organ (date, content). 信访 referrals are a source of their own.
ALTER TABLE dispute DROP CONSTRAINT dispute_source_ck;
ALTER TABLE dispute
    ADD CONSTRAINT dispute_source_ck CHECK (source IN ('SCREENING', 'APPLICATION', 'POLICE_REFERRAL', 'COURT_ENTRUSTED',
        'GOVERNMENT_ASSIGNED', 'PETITION_REFERRAL')),
    ADD COLUMN agreement_matters         varchar(2000),
    ADD COLUMN performance_method        varchar(500),
    ADD COLUMN agreement_document_number varchar(50),
    ADD COLUMN confirmation_court        varchar(100),
    ADD COLUMN confirmation_ruling       varchar(20),
    ADD COLUMN confirmation_ruled_on     date,
    ADD COLUMN confirmation_case_number  varchar(60),
    ADD COLUMN referring_organ           varchar(100),
    ADD COLUMN referral_document_number  varchar(60),
    ADD COLUMN referral_received_on      date,
    ADD COLUMN feedback_on               date,
    ADD COLUMN feedback_content          varchar(2000),
    ADD CONSTRAINT dispute_agreement_content_ck CHECK ((agreement_matters IS NULL OR status = 'SUCCEEDED')
        AND (agreement_matters IS NULL) = (performance_method IS NULL)
        AND (agreement_document_number IS NULL OR (agreement_form = 'WRITTEN' AND agreement_matters IS NOT NULL))),
    ADD CONSTRAINT dispute_confirmation_ruling_ck CHECK ((confirmation_court IS NULL OR confirmation_sought)
        AND (confirmation_ruling IS NULL OR confirmation_ruling IN ('CONFIRMED', 'REJECTED'))
        AND (confirmation_ruling IS NULL) = (confirmation_ruled_on IS NULL)
        AND (confirmation_ruling IS NULL) = (confirmation_case_number IS NULL)
        AND (confirmation_ruling IS NULL OR (confirmation_court IS NOT NULL
             AND confirmation_applied_on IS NOT NULL AND confirmation_ruled_on >= confirmation_applied_on))),
    ADD CONSTRAINT dispute_referring_organ_ck CHECK ((referring_organ IS NULL AND referral_document_number IS NULL
            AND referral_received_on IS NULL
            OR source IN ('POLICE_REFERRAL', 'COURT_ENTRUSTED', 'GOVERNMENT_ASSIGNED', 'PETITION_REFERRAL'))
        AND (referral_received_on IS NULL OR referral_received_on <= registered_on)),
    ADD CONSTRAINT dispute_feedback_ck CHECK ((feedback_on IS NULL) = (feedback_content IS NULL)
        AND (feedback_on IS NULL OR (referring_organ IS NOT NULL AND concluded_on IS NOT NULL AND feedback_on >= concluded_on)));
-- The stats statement over disputes combines its date indexes (a bitmap OR, V8): the new period columns get theirs.
CREATE INDEX dispute_confirmation_applied_on_idx ON dispute (confirmation_applied_on);
CREATE INDEX dispute_confirmation_ruled_on_idx ON dispute (confirmation_ruled_on);

CREATE TABLE agreement_term (
    id            uuid          NOT NULL,
    org_unit      varchar(12)   NOT NULL,
    version       bigint        NOT NULL,
    dispute_id    uuid          NOT NULL,
    position      integer       NOT NULL,
    obligor_party integer       NOT NULL,
    obligation    varchar(1000) NOT NULL,
    amount        numeric(12,2),
    due_on        date,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(200)  NOT NULL,
    CONSTRAINT agreement_term_pk PRIMARY KEY (id),
    CONSTRAINT agreement_term_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE,
    CONSTRAINT agreement_term_position_uk UNIQUE (dispute_id, position),
    CONSTRAINT agreement_term_version_ck CHECK (version >= 1),
    CONSTRAINT agreement_term_obligor_ck CHECK (obligor_party >= 0),
    CONSTRAINT agreement_term_obligation_ck CHECK (btrim(obligation) <> ''),
    CONSTRAINT agreement_term_amount_ck CHECK (amount IS NULL OR amount > 0)
);
CREATE INDEX agreement_term_org_unit_idx ON agreement_term (org_unit varchar_pattern_ops);

-- A follow-up's report on each term, in the terms' order (PERFORMED, PARTLY or NOT_PERFORMED, comma-separated);
-- null when the dispute has no terms recorded. Entered once with the follow-up, like the rest of it.
ALTER TABLE follow_up
    ADD COLUMN term_performance varchar(1000),
    ADD CONSTRAINT follow_up_term_performance_ck CHECK (term_performance IS NULL
        OR term_performance ~ '^(PERFORMED|PARTLY|NOT_PERFORMED)(,(PERFORMED|PARTLY|NOT_PERFORMED))*$');
