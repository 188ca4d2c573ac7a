-- DropIndex
DROP INDEX "AgreementMineral_mineralId_idx";

-- DropIndex
DROP INDEX "AgreementParty_partyId_idx";

-- DropIndex
DROP INDEX "AgreementSector_sectorId_idx";

-- CreateTable
CREATE TABLE "AgreementSearchTerm" (
    "term" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "AgreementCountry" (
    "agreementId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "countryCode"),
    CONSTRAINT "AgreementCountry_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementPartyPair" (
    "agreementId" INTEGER NOT NULL,
    "partyARank" INTEGER NOT NULL,
    "partyBRank" INTEGER NOT NULL,

    PRIMARY KEY ("agreementId", "partyARank", "partyBRank"),
    CONSTRAINT "AgreementPartyPair_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementPartyKind" (
    "agreementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "kind"),
    CONSTRAINT "AgreementPartyKind_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "summitId" INTEGER NOT NULL,
    "signedAt" TEXT,
    "sessionBasis" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT,
    "title" TEXT,
    "summary" TEXT,
    "identified" BOOLEAN NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "listRank" INTEGER NOT NULL DEFAULT 0,
    "sortSignedAt" INTEGER NOT NULL DEFAULT 0,
    "sortSignedAtDesc" INTEGER NOT NULL DEFAULT 0,
    "sortTitle" INTEGER NOT NULL DEFAULT 0,
    "sortTitleDesc" INTEGER NOT NULL DEFAULT 0,
    "sortKind" INTEGER NOT NULL DEFAULT 0,
    "sortKindDesc" INTEGER NOT NULL DEFAULT 0,
    "sortIdentified" INTEGER NOT NULL DEFAULT 0,
    "sortIdentifiedDesc" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Agreement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agreement_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- (By hand) the summit and date of agreements already loaded come from their session.
INSERT INTO "new_Agreement" ("id", "identified", "kind", "ordinal", "sessionBasis", "sessionId", "slug", "summary", "title", "summitId", "signedAt") SELECT "id", "identified", "kind", "ordinal", "sessionBasis", "sessionId", "slug", "summary", "title", (SELECT "summitId" FROM "Session" WHERE "Session"."id" = "Agreement"."sessionId"), (SELECT "date" FROM "Session" WHERE "Session"."id" = "Agreement"."sessionId") FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");
CREATE INDEX "Agreement_sessionId_idx" ON "Agreement"("sessionId");
CREATE INDEX "Agreement_summitId_idx" ON "Agreement"("summitId");
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");
CREATE INDEX "Agreement_signedAt_idx" ON "Agreement"("signedAt");
CREATE INDEX "Agreement_listRank_idx" ON "Agreement"("listRank");
CREATE INDEX "Agreement_sortSignedAt_listRank_idx" ON "Agreement"("sortSignedAt", "listRank");
CREATE INDEX "Agreement_sortSignedAtDesc_listRank_idx" ON "Agreement"("sortSignedAtDesc", "listRank");
CREATE INDEX "Agreement_sortTitle_listRank_idx" ON "Agreement"("sortTitle", "listRank");
CREATE INDEX "Agreement_sortTitleDesc_listRank_idx" ON "Agreement"("sortTitleDesc", "listRank");
CREATE INDEX "Agreement_sortKind_listRank_idx" ON "Agreement"("sortKind", "listRank");
CREATE INDEX "Agreement_sortKindDesc_listRank_idx" ON "Agreement"("sortKindDesc", "listRank");
CREATE INDEX "Agreement_sortIdentified_listRank_idx" ON "Agreement"("sortIdentified", "listRank");
CREATE INDEX "Agreement_sortIdentifiedDesc_listRank_idx" ON "Agreement"("sortIdentifiedDesc", "listRank");
CREATE INDEX "Agreement_keys_idx" ON "Agreement"("id", "listRank", "sortSignedAt", "sortSignedAtDesc", "sortTitle", "sortTitleDesc", "sortKind", "sortKindDesc", "sortIdentified", "sortIdentifiedDesc", "kind", "identified", "summitId", "sessionId", "signedAt");
CREATE TABLE "new_Party" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "agreementCount" INTEGER NOT NULL DEFAULT 0,
    "slugRank" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Party_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Party" ("countryCode", "id", "kind", "name", "slug") SELECT "countryCode", "id", "kind", "name", "slug" FROM "Party";
DROP TABLE "Party";
ALTER TABLE "new_Party" RENAME TO "Party";
CREATE UNIQUE INDEX "Party_slug_key" ON "Party"("slug");
CREATE INDEX "Party_countryCode_idx" ON "Party"("countryCode");
CREATE INDEX "Party_slugRank_idx" ON "Party"("slugRank");
CREATE TABLE "new_Session" (
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
    "recordedAgreements" INTEGER NOT NULL DEFAULT 0,
    "identifiedAgreements" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Session_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("attendanceApproximate", "attendanceCount", "attendanceDescription", "city", "date", "id", "kind", "name", "ordinal", "reportedAgreementCount", "reportedAgreementKinds", "slug", "summitId", "venue") SELECT "attendanceApproximate", "attendanceCount", "attendanceDescription", "city", "date", "id", "kind", "name", "ordinal", "reportedAgreementCount", "reportedAgreementKinds", "slug", "summitId", "venue" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");
CREATE INDEX "Session_summitId_idx" ON "Session"("summitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AgreementCountry_countryCode_agreementId_idx" ON "AgreementCountry"("countryCode", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementPartyPair_partyARank_partyBRank_agreementId_idx" ON "AgreementPartyPair"("partyARank", "partyBRank", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementPartyKind_kind_agreementId_idx" ON "AgreementPartyKind"("kind", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementMineral_mineralId_agreementId_idx" ON "AgreementMineral"("mineralId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementParty_partyId_agreementId_idx" ON "AgreementParty"("partyId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementSector_sectorId_agreementId_idx" ON "AgreementSector"("sectorId", "agreementId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- (By hand, from here on.) The full-text index of agreements: FTS5 with the
-- trigram tokenizer over "Agreement"."searchText", which holds its text once
-- (external content). The seed loader rebuilds it after every load; Prisma
-- leaves it alone (src/db/external-tables.ts, prisma.config.ts). The stored
-- text is folded already (src/text.ts), and queries fold the needle the same
-- way: the index compares code points exactly (`case_sensitive 1`), and a
-- phrase query (MATCH) finds a substring of three characters or more.
CREATE VIRTUAL TABLE "AgreementSearch" USING fts5("searchText", content='Agreement', content_rowid='id', tokenize='trigram case_sensitive 1');

-- The search text, ranks and derived tables are computed when the data is
-- loaded: forget which dataset is loaded, so that the next start (or
-- `npm run db:seed`) loads it again. The data comes from seed/, so nothing is lost.
DELETE FROM "DatasetVersion";
