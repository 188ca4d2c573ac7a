-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "carriedBy" TEXT,
    "author" TEXT,
    "publishedAt" TEXT,
    "timeZone" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "textPath" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Party" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    CONSTRAINT "Party_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Mineral" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "symbol" TEXT,
    "form" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "MineralResource" (
    "mineralId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("mineralId", "countryCode"),
    CONSTRAINT "MineralResource_mineralId_fkey" FOREIGN KEY ("mineralId") REFERENCES "Mineral" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MineralResource_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Summit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "venue" TEXT,
    "occasion" TEXT
);

-- CreateTable
CREATE TABLE "SummitCountry" (
    "summitId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("summitId", "countryCode"),
    CONSTRAINT "SummitCountry_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SummitCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "summitId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    CONSTRAINT "Leader_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Leader_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "summitId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "city" TEXT,
    "venue" TEXT,
    "attendanceCount" INTEGER,
    "attendanceApproximate" BOOLEAN NOT NULL DEFAULT false,
    "attendanceDescription" TEXT,
    "reportedAgreementCount" INTEGER,
    "reportedAgreementKinds" TEXT,
    CONSTRAINT "Session_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "sessionBasis" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT,
    "title" TEXT,
    "summary" TEXT,
    "identified" BOOLEAN NOT NULL,
    CONSTRAINT "Agreement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "basis" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "partyId"),
    CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementSector" (
    "agreementId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "sectorId"),
    CONSTRAINT "AgreementSector_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementMineral" (
    "agreementId" INTEGER NOT NULL,
    "mineralId" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "mineralId"),
    CONSTRAINT "AgreementMineral_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementMineral_mineralId_fkey" FOREIGN KEY ("mineralId") REFERENCES "Mineral" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    CONSTRAINT "Commitment_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentCountry" (
    "commitmentId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("commitmentId", "countryCode"),
    CONSTRAINT "CommitmentCountry_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CommitmentCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subjectType" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "sha256" TEXT NOT NULL,
    "loadedAt" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Party_slug_key" ON "Party"("slug");

-- CreateIndex
CREATE INDEX "Party_countryCode_idx" ON "Party"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_slug_key" ON "Sector"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mineral_slug_key" ON "Mineral"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Summit_slug_key" ON "Summit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Leader_slug_key" ON "Leader"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");

-- CreateIndex
CREATE INDEX "Session_summitId_idx" ON "Session"("summitId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Agreement_sessionId_idx" ON "Agreement"("sessionId");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE INDEX "AgreementParty_partyId_idx" ON "AgreementParty"("partyId");

-- CreateIndex
CREATE INDEX "AgreementSector_sectorId_idx" ON "AgreementSector"("sectorId");

-- CreateIndex
CREATE INDEX "AgreementMineral_mineralId_idx" ON "AgreementMineral"("mineralId");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_slug_key" ON "Commitment"("slug");

-- CreateIndex
CREATE INDEX "Citation_subjectType_subjectKey_idx" ON "Citation"("subjectType", "subjectKey");
