-- Notifications: where a user's e-mails go, and which notification e-mails were handed to the mail server.
-- An address is optional: a user without one still gets the in-app inbox.
ALTER TABLE tidemark_user ADD COLUMN email VARCHAR(320);

-- One row per notification e-mail, written (and committed) just before it is sent. It lives in the durable
-- store, not beside the inbox in the read store, so that even a lost and re-filled read store never sends an
-- e-mail twice: the inbox entry may be made again, its e-mail is not.
CREATE TABLE tidemark_notification_mail (
    notification_id VARCHAR(400) NOT NULL PRIMARY KEY,
    claimed_at      TIMESTAMP    NOT NULL
);
