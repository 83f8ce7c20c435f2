-- One timestamp format in every table: ISO-8601 UTC with milliseconds (Storage/Timestamp.cs).
-- Sources and aliases were written without milliseconds (2023-05-23T18:30:00Z); strftime's %f
-- gives seconds with three decimals, so those become 2023-05-23T18:30:00.000Z. Rows already in
-- the format, and NULLs, are left alone.
UPDATE sources SET added_at = strftime('%Y-%m-%dT%H:%M:%fZ', added_at) WHERE added_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', added_at) IS NOT NULL;
UPDATE aliases SET added_at = strftime('%Y-%m-%dT%H:%M:%fZ', added_at) WHERE added_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', added_at) IS NOT NULL;
UPDATE answers SET asked_at = strftime('%Y-%m-%dT%H:%M:%fZ', asked_at) WHERE asked_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', asked_at) IS NOT NULL;
UPDATE feedback SET at = strftime('%Y-%m-%dT%H:%M:%fZ', at) WHERE at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', at) IS NOT NULL;
UPDATE reviews SET reviewed_at = strftime('%Y-%m-%dT%H:%M:%fZ', reviewed_at) WHERE reviewed_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', reviewed_at) IS NOT NULL;
UPDATE updates SET received_at = strftime('%Y-%m-%dT%H:%M:%fZ', received_at) WHERE received_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', received_at) IS NOT NULL;
UPDATE updates SET handled_at = strftime('%Y-%m-%dT%H:%M:%fZ', handled_at) WHERE handled_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', handled_at) IS NOT NULL;
UPDATE outbox SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at) WHERE created_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', created_at) IS NOT NULL;
UPDATE outbox SET sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', sent_at) WHERE sent_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', sent_at) IS NOT NULL;
UPDATE chat_migrations SET at = strftime('%Y-%m-%dT%H:%M:%fZ', at) WHERE at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', at) IS NOT NULL;
UPDATE roles SET granted_at = strftime('%Y-%m-%dT%H:%M:%fZ', granted_at) WHERE granted_at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', granted_at) IS NOT NULL;
UPDATE audit SET at = strftime('%Y-%m-%dT%H:%M:%fZ', at) WHERE at NOT LIKE '____-__-__T__:__:__.___Z' AND strftime('%f', at) IS NOT NULL;
