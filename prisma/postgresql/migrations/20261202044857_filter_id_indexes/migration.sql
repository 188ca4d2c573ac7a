-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateIndex
CREATE INDEX "Agreement_kind_id_idx" ON "Agreement"("kind", "id");

-- CreateIndex
CREATE INDEX "Agreement_identified_id_idx" ON "Agreement"("identified", "id");

-- CreateIndex
CREATE INDEX "Agreement_sessionId_id_idx" ON "Agreement"("sessionId", "id");

-- CreateIndex
CREATE INDEX "Agreement_disputed_id_idx" ON "Agreement"("disputed", "id");

-- CreateIndex
CREATE INDEX "Agreement_signedAt_id_idx" ON "Agreement"("signedAt", "id");

COMMIT;
