-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateTable
CREATE TABLE "PartyPairCount" (
    "partyARank" INTEGER NOT NULL,
    "partyBRank" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "PartyPairCount_pkey" PRIMARY KEY ("partyARank","partyBRank")
);

-- CreateIndex
CREATE INDEX "PartyPairCount_count_partyARank_partyBRank_idx" ON "PartyPairCount"("count" DESC, "partyARank", "partyBRank");

-- The counts of the agreements already loaded (src/db/sql/group-counts.ts; a new load writes them itself)
INSERT INTO "PartyPairCount" ("partyARank", "partyBRank", "count")
SELECT x."partyARank", x."partyBRank", count(*) FROM "AgreementPartyPair" x GROUP BY x."partyARank", x."partyBRank";

-- Notify the replicas' response caches of changes
-- Each replica's response cache listens on accords_data_changed (src/db/data-version-postgresql.ts).
CREATE OR REPLACE FUNCTION "accords_notify_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('accords_data_changed', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "PartyPairCount_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartyPairCount" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();

COMMIT;
