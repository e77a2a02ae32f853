// Client keys of the mutations that make nothing of their own to hold one (status moves,
// links, updates): one MutationKey node per mutation name and key, with the fingerprint of
// the input that first used it (src/db/client-key.queries.ts).
CREATE CONSTRAINT mutation_key IF NOT EXISTS FOR (n:MutationKey) REQUIRE (n.mutation, n.clientKey) IS UNIQUE;
