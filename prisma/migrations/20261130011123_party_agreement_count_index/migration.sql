-- CreateIndex
CREATE INDEX "Party_agreementCount_slug_name_idx" ON "Party"("agreementCount" DESC, "slug", "name");
