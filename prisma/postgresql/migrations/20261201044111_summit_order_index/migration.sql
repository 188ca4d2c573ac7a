-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateIndex
CREATE INDEX "Summit_date_slug_idx" ON "Summit"("date", "slug");

COMMIT;
