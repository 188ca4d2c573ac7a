-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Basis" AS ENUM ('inferred', 'stated');

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('deprecated', 'normal', 'preferred');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('article', 'newspaper', 'official_release', 'reference', 'registry', 'synthetic', 'wire');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('association', 'bank', 'company', 'government_body', 'research_institute', 'state', 'state_owned_enterprise');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('signatory');

-- CreateEnum
CREATE TYPE "MineralForm" AS ENUM ('element', 'group');

-- CreateEnum
CREATE TYPE "SummitCountryRole" AS ENUM ('host', 'visitor');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('business_forum', 'signing_ceremony');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('agreement', 'mou', 'record_of_discussion');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('assessment', 'cooperation', 'discussion', 'endorsement', 'joint_statement', 'position', 'request', 'statement');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT COLLATE "C" NOT NULL,
    "publisher" TEXT COLLATE "C" NOT NULL,
    "carriedBy" TEXT COLLATE "C",
    "author" TEXT COLLATE "C",
    "publishedAt" TEXT COLLATE "C",
    "timeZone" TEXT COLLATE "C",
    "publishedOn" TEXT COLLATE "C" NOT NULL,
    "publishedOnNote" TEXT COLLATE "C",
    "retrievedOn" TEXT COLLATE "C",
    "url" TEXT COLLATE "C",
    "language" TEXT COLLATE "C" NOT NULL,
    "textPath" TEXT COLLATE "C",
    "textSha256" TEXT COLLATE "C",
    "note" TEXT COLLATE "C",

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CountryBackground" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "subject" TEXT COLLATE "C" NOT NULL,
    "statement" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "CountryBackground_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "kind" "PartyKind" NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,
    "nameSortKey" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "searchText" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "agreementCount" INTEGER NOT NULL DEFAULT 0,
    "slugRank" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyAlias" (
    "id" SERIAL NOT NULL,
    "partyId" INTEGER NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "PartyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectorCoverage" (
    "id" SERIAL NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "reportedCount" INTEGER,
    "basis" "Basis" NOT NULL,

    CONSTRAINT "SectorCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mineral" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "symbol" TEXT COLLATE "C",
    "form" "MineralForm" NOT NULL,

    CONSTRAINT "Mineral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MineralResource" (
    "mineralId" INTEGER NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "MineralResource_pkey" PRIMARY KEY ("mineralId","countryCode")
);

-- CreateTable
CREATE TABLE "MineralNeed" (
    "mineralId" INTEGER NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,
    "industries" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "MineralNeed_pkey" PRIMARY KEY ("mineralId","countryCode")
);

-- CreateTable
CREATE TABLE "Summit" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "date" TEXT COLLATE "C" NOT NULL,
    "city" TEXT COLLATE "C" NOT NULL,
    "venue" TEXT COLLATE "C",
    "occasion" TEXT COLLATE "C",
    "reportedAgreementCount" INTEGER,
    "recordedAgreements" INTEGER NOT NULL DEFAULT 0,
    "identifiedAgreements" INTEGER NOT NULL DEFAULT 0,
    "recordedWithoutSession" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Summit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummitCountry" (
    "summitId" INTEGER NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,
    "role" "SummitCountryRole" NOT NULL,

    CONSTRAINT "SummitCountry_pkey" PRIMARY KEY ("summitId","countryCode")
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "summitId" INTEGER NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "office" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Leader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "summitId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "date" TEXT COLLATE "C" NOT NULL,
    "city" TEXT COLLATE "C",
    "venue" TEXT COLLATE "C",
    "attendanceCount" INTEGER,
    "attendanceApproximate" BOOLEAN NOT NULL DEFAULT false,
    "attendanceDescription" TEXT COLLATE "C",
    "reportedAgreementCount" INTEGER,
    "reportedAgreementKinds" TEXT COLLATE "C",
    "witnesses" TEXT COLLATE "C",
    "recordedAgreements" INTEGER NOT NULL DEFAULT 0,
    "identifiedAgreements" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "sessionBasis" "Basis",
    "signedAt" TEXT COLLATE "C",
    "place" TEXT COLLATE "C",
    "ordinal" INTEGER NOT NULL,
    "kind" "AgreementKind",
    "title" TEXT COLLATE "C",
    "summary" TEXT COLLATE "C",
    "identified" BOOLEAN NOT NULL,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "sourceKinds" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "searchText" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "listRank" INTEGER NOT NULL DEFAULT 0,
    "sortSignedAt" INTEGER NOT NULL DEFAULT 0,
    "sortSignedAtDesc" INTEGER NOT NULL DEFAULT 0,
    "sortTitle" INTEGER NOT NULL DEFAULT 0,
    "sortTitleDesc" INTEGER NOT NULL DEFAULT 0,
    "sortKind" INTEGER NOT NULL DEFAULT 0,
    "sortKindDesc" INTEGER NOT NULL DEFAULT 0,
    "sortIdentified" INTEGER NOT NULL DEFAULT 0,
    "sortIdentifiedDesc" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSource" (
    "agreementId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "sourceKind" "SourceKind" NOT NULL,

    CONSTRAINT "AgreementSource_pkey" PRIMARY KEY ("agreementId","sourceId")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "role" "PartyRole" NOT NULL,
    "basis" "Basis" NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","partyId")
);

-- CreateTable
CREATE TABLE "AgreementSector" (
    "agreementId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "basis" "Basis" NOT NULL,

    CONSTRAINT "AgreementSector_pkey" PRIMARY KEY ("agreementId","sectorId")
);

-- CreateTable
CREATE TABLE "AgreementMineral" (
    "agreementId" INTEGER NOT NULL,
    "mineralId" INTEGER NOT NULL,
    "basis" "Basis" NOT NULL,

    CONSTRAINT "AgreementMineral_pkey" PRIMARY KEY ("agreementId","mineralId")
);

-- CreateTable
CREATE TABLE "AgreementSearchTerm" (
    "term" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "AgreementSearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "AgreementCountry" (
    "agreementId" INTEGER NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "AgreementCountry_pkey" PRIMARY KEY ("agreementId","countryCode")
);

-- CreateTable
CREATE TABLE "AgreementPartyPair" (
    "agreementId" INTEGER NOT NULL,
    "partyARank" INTEGER NOT NULL,
    "partyBRank" INTEGER NOT NULL,

    CONSTRAINT "AgreementPartyPair_pkey" PRIMARY KEY ("agreementId","partyARank","partyBRank")
);

-- CreateTable
CREATE TABLE "AgreementPartyKind" (
    "agreementId" INTEGER NOT NULL,
    "kind" "PartyKind" NOT NULL,

    CONSTRAINT "AgreementPartyKind_pkey" PRIMARY KEY ("agreementId","kind")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "summitId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "agreementId" INTEGER,
    "ordinal" INTEGER NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "subject" TEXT COLLATE "C" NOT NULL,
    "statement" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentCountry" (
    "commitmentId" INTEGER NOT NULL,
    "countryCode" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "CommitmentCountry_pkey" PRIMARY KEY ("commitmentId","countryCode")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "subjectType" TEXT COLLATE "C" NOT NULL,
    "subjectKey" TEXT COLLATE "C" NOT NULL,
    "field" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C",
    "rank" "Rank" NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT COLLATE "C",
    "locator" TEXT COLLATE "C",
    "basis" "Basis" NOT NULL,
    "note" TEXT COLLATE "C",

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "sha256" TEXT COLLATE "C" NOT NULL,
    "loadedAt" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CountryBackground_slug_key" ON "CountryBackground"("slug");

-- CreateIndex
CREATE INDEX "CountryBackground_countryCode_idx" ON "CountryBackground"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Party_slug_key" ON "Party"("slug");

-- CreateIndex
CREATE INDEX "Party_countryCode_idx" ON "Party"("countryCode");

-- CreateIndex
CREATE INDEX "Party_nameSortKey_idx" ON "Party"("nameSortKey");

-- CreateIndex
CREATE INDEX "Party_slugRank_idx" ON "Party"("slugRank");

-- CreateIndex
CREATE INDEX "PartyAlias_name_idx" ON "PartyAlias"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAlias_partyId_name_key" ON "PartyAlias"("partyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_slug_key" ON "Sector"("slug");

-- CreateIndex
CREATE INDEX "SectorCoverage_summitId_idx" ON "SectorCoverage"("summitId");

-- CreateIndex
CREATE UNIQUE INDEX "SectorCoverage_sectorId_summitId_sessionId_key" ON "SectorCoverage"("sectorId", "summitId", "sessionId");

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
CREATE INDEX "Agreement_summitId_idx" ON "Agreement"("summitId");

-- CreateIndex
CREATE INDEX "Agreement_sessionId_idx" ON "Agreement"("sessionId");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE INDEX "Agreement_disputed_idx" ON "Agreement"("disputed");

-- CreateIndex
CREATE INDEX "Agreement_signedAt_idx" ON "Agreement"("signedAt");

-- CreateIndex
CREATE INDEX "Agreement_listRank_idx" ON "Agreement"("listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortSignedAt_listRank_idx" ON "Agreement"("sortSignedAt", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortSignedAtDesc_listRank_idx" ON "Agreement"("sortSignedAtDesc", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortTitle_listRank_idx" ON "Agreement"("sortTitle", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortTitleDesc_listRank_idx" ON "Agreement"("sortTitleDesc", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortKind_listRank_idx" ON "Agreement"("sortKind", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortKindDesc_listRank_idx" ON "Agreement"("sortKindDesc", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortIdentified_listRank_idx" ON "Agreement"("sortIdentified", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_sortIdentifiedDesc_listRank_idx" ON "Agreement"("sortIdentifiedDesc", "listRank");

-- CreateIndex
CREATE INDEX "Agreement_keys_idx" ON "Agreement"("id", "listRank", "sortSignedAt", "sortSignedAtDesc", "sortTitle", "sortTitleDesc", "sortKind", "sortKindDesc", "sortIdentified", "sortIdentifiedDesc", "kind", "identified", "disputed", "summitId", "sessionId", "signedAt");

-- CreateIndex
CREATE INDEX "AgreementSource_sourceId_agreementId_idx" ON "AgreementSource"("sourceId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementParty_partyId_agreementId_idx" ON "AgreementParty"("partyId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementSector_sectorId_agreementId_idx" ON "AgreementSector"("sectorId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementMineral_mineralId_agreementId_idx" ON "AgreementMineral"("mineralId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementCountry_countryCode_agreementId_idx" ON "AgreementCountry"("countryCode", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementPartyPair_partyARank_partyBRank_agreementId_idx" ON "AgreementPartyPair"("partyARank", "partyBRank", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementPartyKind_kind_agreementId_idx" ON "AgreementPartyKind"("kind", "agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_slug_key" ON "Commitment"("slug");

-- CreateIndex
CREATE INDEX "Claim_subjectType_subjectKey_idx" ON "Claim"("subjectType", "subjectKey");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- AddForeignKey
ALTER TABLE "CountryBackground" ADD CONSTRAINT "CountryBackground_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAlias" ADD CONSTRAINT "PartyAlias_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectorCoverage" ADD CONSTRAINT "SectorCoverage_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectorCoverage" ADD CONSTRAINT "SectorCoverage_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectorCoverage" ADD CONSTRAINT "SectorCoverage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MineralResource" ADD CONSTRAINT "MineralResource_mineralId_fkey" FOREIGN KEY ("mineralId") REFERENCES "Mineral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MineralResource" ADD CONSTRAINT "MineralResource_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MineralNeed" ADD CONSTRAINT "MineralNeed_mineralId_fkey" FOREIGN KEY ("mineralId") REFERENCES "Mineral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MineralNeed" ADD CONSTRAINT "MineralNeed_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummitCountry" ADD CONSTRAINT "SummitCountry_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummitCountry" ADD CONSTRAINT "SummitCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leader" ADD CONSTRAINT "Leader_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leader" ADD CONSTRAINT "Leader_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSector" ADD CONSTRAINT "AgreementSector_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSector" ADD CONSTRAINT "AgreementSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMineral" ADD CONSTRAINT "AgreementMineral_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMineral" ADD CONSTRAINT "AgreementMineral_mineralId_fkey" FOREIGN KEY ("mineralId") REFERENCES "Mineral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementCountry" ADD CONSTRAINT "AgreementCountry_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementCountry" ADD CONSTRAINT "AgreementCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPartyPair" ADD CONSTRAINT "AgreementPartyPair_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPartyKind" ADD CONSTRAINT "AgreementPartyKind_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCountry" ADD CONSTRAINT "CommitmentCountry_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCountry" ADD CONSTRAINT "CommitmentCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Notify the replicas' response caches of changes
-- Each replica's response cache listens on accords_data_changed (src/db/data-version-postgresql.ts).
CREATE OR REPLACE FUNCTION "accords_notify_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('accords_data_changed', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Source_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Country_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Country" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "CountryBackground_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CountryBackground" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Party_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Party" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "PartyAlias_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartyAlias" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Sector_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Sector" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "SectorCoverage_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SectorCoverage" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Mineral_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Mineral" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "MineralResource_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MineralResource" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "MineralNeed_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MineralNeed" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Summit_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Summit" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "SummitCountry_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SummitCountry" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Leader_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Leader" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Session_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Session" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Agreement_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agreement" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementSource_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementSource" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementParty_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementParty" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementSector_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementSector" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementMineral_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementMineral" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementSearchTerm_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementSearchTerm" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementCountry_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementCountry" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementPartyPair_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementPartyPair" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "AgreementPartyKind_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementPartyKind" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Commitment_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Commitment" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "CommitmentCountry_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CommitmentCountry" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "Claim_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Claim" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();
CREATE TRIGGER "DatasetVersion_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DatasetVersion" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();

COMMIT;
