-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateIndex
CREATE INDEX "Leader_summitId_idx" ON "Leader"("summitId");

COMMIT;
