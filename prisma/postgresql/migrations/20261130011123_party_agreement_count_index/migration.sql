-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateIndex
CREATE INDEX "Party_agreementCount_slug_name_idx" ON "Party"("agreementCount" DESC, "slug", "name");

COMMIT;
