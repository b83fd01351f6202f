-- Statutory clocks (issue 18): what the dispute's two periods need.
-- extended_until / extension_reason: 延期至 of the one-month conclusion period (人民调解工作若干规定第三十三条 「一般」).
-- agreement_effective_on: the day the agreement took effect, when not the conclusion date (人民调解法第二十九条、第三十条).
-- confirmation_sought / confirmation_applied_on: the parties' choice to seek judicial confirmation and the day they
-- applied (人民调解法第三十三条, 30 日). The flag has a default: rows inserted without it (bench tools) stay valid.
ALTER TABLE dispute
    ADD COLUMN extended_until          date,
    ADD COLUMN extension_reason        varchar(500),
    ADD COLUMN agreement_effective_on  date,
    ADD COLUMN confirmation_sought     boolean NOT NULL DEFAULT false,
    ADD COLUMN confirmation_applied_on date,
    ADD CONSTRAINT dispute_extension_ck CHECK ((extended_until IS NULL) = (extension_reason IS NULL)
        AND (extended_until IS NULL OR extended_until > registered_on)),
    ADD CONSTRAINT dispute_agreement_effective_ck CHECK (agreement_effective_on IS NULL
        OR (status = 'SUCCEEDED' AND agreement_effective_on >= registered_on)),
    ADD CONSTRAINT dispute_confirmation_ck CHECK ((NOT confirmation_sought OR status = 'SUCCEEDED')
        AND (confirmation_applied_on IS NULL
             OR (confirmation_sought AND confirmation_applied_on >= coalesce(agreement_effective_on, concluded_on))));
