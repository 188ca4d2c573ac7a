-- Party names ordered without regard to letter case or accents, alike on every
-- database: a key computed by src/db/sort-key.ts, which the seed loader writes.
-- Added in place (not by redefining the table) so other changes to Party merge.
ALTER TABLE "Party" ADD COLUMN "nameSortKey" TEXT NOT NULL DEFAULT '';

-- Existing rows get that key, exactly for ASCII names (SQLite's lower() folds only
-- ASCII); re-seeding (npm run db:seed) writes every key in full.
UPDATE "Party" SET "nameSortKey" = lower("name") || char(1) || lower("name") || char(1) || "name";

-- CreateIndex
CREATE INDEX "Party_nameSortKey_idx" ON "Party"("nameSortKey");
