// Full-text indexes for `search(text)` and the participants' text filter.
CREATE FULLTEXT INDEX participant_search IF NOT EXISTS FOR (n:Participant) ON EACH [n.name, n.sector, n.region, n.externalId];
CREATE FULLTEXT INDEX partnership_search IF NOT EXISTS FOR (n:Partnership) ON EACH [n.name];
CREATE FULLTEXT INDEX initiative_search IF NOT EXISTS FOR (n:Initiative) ON EACH [n.name];
