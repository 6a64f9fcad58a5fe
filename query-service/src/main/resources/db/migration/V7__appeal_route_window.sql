-- The route an outcome opens, for the citizen's status page (issue #14): after a deemed refusal the complaint
-- (arts. 91-92) or the court (art. 136(6)) with its last day, as DeemedRefusalOccurred carries it; after an
-- administrative act the complaint body or court, period and article the act names (art. 80(5)), which carry no date.
-- Filled by the appeal-view projection, so a rebuild fills them too.
ALTER TABLE appeal_view
    ADD COLUMN route_opens       VARCHAR(40),
    ADD COLUMN route_open_until  DATE,
    ADD COLUMN route_period      VARCHAR(200),
    ADD COLUMN route_body_name   VARCHAR(500),
    ADD COLUMN route_legal_basis VARCHAR(300);
