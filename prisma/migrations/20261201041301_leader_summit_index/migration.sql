-- CreateIndex
CREATE INDEX "Leader_summitId_idx" ON "Leader"("summitId");
