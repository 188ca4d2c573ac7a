-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- The trigram operator class of the indexes below
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Agreement_searchText_trgm_idx" ON "Agreement" USING GIN ("searchText" gin_trgm_ops);

COMMIT;
