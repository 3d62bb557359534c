-- A customer may give an address for mail about their orders; it travels in the access token's email claim.
ALTER TABLE users ADD COLUMN email varchar(254);
