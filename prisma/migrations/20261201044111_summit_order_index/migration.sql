-- CreateIndex
CREATE INDEX "Summit_date_slug_idx" ON "Summit"("date", "slug");
