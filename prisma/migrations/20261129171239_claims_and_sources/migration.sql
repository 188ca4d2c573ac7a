-- The dataset is loaded again on the next start. Rows of the old dataset
-- cannot fill the new required columns (an agreement's summit, a source's
-- publication date), and provenance moves from Citation to Claim; emptying
-- DatasetVersion makes start-up seed the new data (src/setup/prepare.ts).
DELETE FROM "Citation";
DELETE FROM "AgreementParty";
DELETE FROM "AgreementSector";
DELETE FROM "AgreementMineral";
DELETE FROM "Agreement";
DELETE FROM "CommitmentCountry";
DELETE FROM "Commitment";
DELETE FROM "Session";
DELETE FROM "Leader";
DELETE FROM "SummitCountry";
DELETE FROM "Summit";
DELETE FROM "MineralResource";
DELETE FROM "Mineral";
DELETE FROM "Sector";
DELETE FROM "Party";
DELETE FROM "Country";
DELETE FROM "Source";
DELETE FROM "DatasetVersion";

-- DropIndex
DROP INDEX "Citation_subjectType_subjectKey_idx";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "witnesses" TEXT;

-- AlterTable
ALTER TABLE "Summit" ADD COLUMN "reportedAgreementCount" INTEGER;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Citation";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "CountryBackground" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    CONSTRAINT "CountryBackground_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "PartyAlias_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SectorCoverage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sectorId" INTEGER NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "reportedCount" INTEGER,
    "basis" TEXT NOT NULL,
    CONSTRAINT "SectorCoverage_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SectorCoverage_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SectorCoverage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MineralNeed" (
    "mineralId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "industries" TEXT NOT NULL,

    PRIMARY KEY ("mineralId", "countryCode"),
    CONSTRAINT "MineralNeed_mineralId_fkey" FOREIGN KEY ("mineralId") REFERENCES "Mineral" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MineralNeed_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementSource" (
    "agreementId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "sourceKind" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "sourceId"),
    CONSTRAINT "AgreementSource_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subjectType" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT,
    "rank" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT,
    "locator" TEXT,
    "basis" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "sessionBasis" TEXT,
    "signedAt" TEXT,
    "place" TEXT,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT,
    "title" TEXT,
    "summary" TEXT,
    "identified" BOOLEAN NOT NULL,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "sourceKinds" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Agreement_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("id", "identified", "kind", "ordinal", "sessionBasis", "sessionId", "slug", "summary", "title") SELECT "id", "identified", "kind", "ordinal", "sessionBasis", "sessionId", "slug", "summary", "title" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");
CREATE INDEX "Agreement_summitId_idx" ON "Agreement"("summitId");
CREATE INDEX "Agreement_sessionId_idx" ON "Agreement"("sessionId");
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");
CREATE TABLE "new_Commitment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "agreementId" INTEGER,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    CONSTRAINT "Commitment_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Commitment" ("id", "kind", "ordinal", "sessionId", "slug", "statement", "subject", "summitId") SELECT "id", "kind", "ordinal", "sessionId", "slug", "statement", "subject", "summitId" FROM "Commitment";
DROP TABLE "Commitment";
ALTER TABLE "new_Commitment" RENAME TO "Commitment";
CREATE UNIQUE INDEX "Commitment_slug_key" ON "Commitment"("slug");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "carriedBy" TEXT,
    "author" TEXT,
    "publishedAt" TEXT,
    "timeZone" TEXT,
    "publishedOn" TEXT NOT NULL,
    "publishedOnNote" TEXT,
    "retrievedOn" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "textPath" TEXT,
    "textSha256" TEXT,
    "note" TEXT
);
INSERT INTO "new_Source" ("author", "carriedBy", "id", "kind", "language", "note", "publishedAt", "publisher", "slug", "textPath", "textSha256", "timeZone", "title", "url") SELECT "author", "carriedBy", "id", "kind", "language", "note", "publishedAt", "publisher", "slug", "textPath", "textSha256", "timeZone", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CountryBackground_slug_key" ON "CountryBackground"("slug");

-- CreateIndex
CREATE INDEX "CountryBackground_countryCode_idx" ON "CountryBackground"("countryCode");

-- CreateIndex
CREATE INDEX "PartyAlias_name_idx" ON "PartyAlias"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAlias_partyId_name_key" ON "PartyAlias"("partyId", "name");

-- CreateIndex
CREATE INDEX "SectorCoverage_summitId_idx" ON "SectorCoverage"("summitId");

-- CreateIndex
CREATE UNIQUE INDEX "SectorCoverage_sectorId_summitId_sessionId_key" ON "SectorCoverage"("sectorId", "summitId", "sessionId");

-- CreateIndex
CREATE INDEX "AgreementSource_sourceId_idx" ON "AgreementSource"("sourceId");

-- CreateIndex
CREATE INDEX "Claim_subjectType_subjectKey_idx" ON "Claim"("subjectType", "subjectKey");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");
