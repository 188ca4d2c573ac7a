-- CreateTable
CREATE TABLE "PartyPairCount" (
    "partyARank" INTEGER NOT NULL,
    "partyBRank" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("partyARank", "partyBRank")
);

-- CreateIndex
CREATE INDEX "PartyPairCount_count_partyARank_partyBRank_idx" ON "PartyPairCount"("count" DESC, "partyARank", "partyBRank");

-- The counts of the agreements already loaded (src/db/sql/group-counts.ts; a new load writes them itself)
INSERT INTO "PartyPairCount" ("partyARank", "partyBRank", "count")
SELECT x."partyARank", x."partyBRank", count(*) FROM "AgreementPartyPair" x GROUP BY x."partyARank", x."partyBRank";
