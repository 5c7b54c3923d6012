-- Administration (decision 0016): the days an administrator closes (training days, an extra bank holiday) or
-- opens (a bank holiday the organisation works), laid over the shipped bank holidays and the
-- tidemark.calendar.* properties. One row per date: a date is either closed or open. The command side's working
-- calendar reads them each time it computes a deadline; deadlines already set keep their due date.
CREATE TABLE tidemark_calendar_day (
    on_date    DATE         NOT NULL PRIMARY KEY,
    kind       VARCHAR(10)  NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    added_by   VARCHAR(100) NOT NULL,
    added_at   TIMESTAMP    NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('CLOSED', 'OPEN'))
);

-- Timescales an administrator changed (decision 0016), by the property that configures each
-- (tidemark.complaints.acknowledge-days, ...), over the property's value. Read for each command that sets a deadline.
CREATE TABLE tidemark_timescale (
    property   VARCHAR(100) NOT NULL PRIMARY KEY,
    amount     INTEGER      NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP    NOT NULL
);
