-- Issue 12 (decision 0028): the API counts text limits in characters (code points), and H2 counts a VARCHAR's
-- length in UTF-16 units, in which a character outside the Basic Multilingual Plane (an emoji) takes two places.
-- Every column that keeps a text of n characters is widened to 2n here, so that any text the API accepts fits.
-- (PostgreSQL counts characters: its columns need no change, only the decline reason below.)
ALTER TABLE tidemark_trust ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE tidemark_setting ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE tidemark_user ALTER COLUMN display_name SET DATA TYPE VARCHAR(400);
ALTER TABLE tidemark_user ALTER COLUMN email SET DATA TYPE VARCHAR(640);
ALTER TABLE tidemark_calendar_day ALTER COLUMN reason SET DATA TYPE VARCHAR(400);
-- a role change's decline reason is a text of up to 4,000 characters (it was 1,000)
ALTER TABLE tidemark_role_grant ALTER COLUMN reason SET DATA TYPE VARCHAR(8000);
