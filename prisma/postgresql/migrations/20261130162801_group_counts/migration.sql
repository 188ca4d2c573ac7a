-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- CreateTable
CREATE TABLE "GroupCount" (
    "dimension" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "GroupCount_pkey" PRIMARY KEY ("dimension","value")
);

-- The counts of the agreements already loaded (src/db/sql/group-counts.ts; a new load writes them itself)
INSERT INTO "GroupCount" ("dimension", "value", "count")
SELECT 'sector', s."slug", count(*) FROM "AgreementSector" x JOIN "Sector" s ON s."id" = x."sectorId" GROUP BY s."slug"
UNION ALL SELECT 'mineral', m."slug", count(*) FROM "AgreementMineral" x JOIN "Mineral" m ON m."id" = x."mineralId" GROUP BY m."slug"
UNION ALL SELECT 'country', x."countryCode", count(*) FROM "AgreementCountry" x GROUP BY x."countryCode"
UNION ALL SELECT 'party_kind', CAST(x."kind" AS TEXT), count(*) FROM "AgreementPartyKind" x GROUP BY CAST(x."kind" AS TEXT)
UNION ALL SELECT 'sector', '', count(*) FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementSector" x WHERE x."agreementId" = a."id")
UNION ALL SELECT 'mineral', '', count(*) FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementMineral" x WHERE x."agreementId" = a."id")
UNION ALL SELECT 'country', '', count(*) FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementCountry" x WHERE x."agreementId" = a."id")
UNION ALL SELECT 'party_kind', '', count(*) FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementPartyKind" x WHERE x."agreementId" = a."id")
UNION ALL SELECT 'party', '', count(*) FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementParty" x WHERE x."agreementId" = a."id");

-- Notify the replicas' response caches of changes
-- Each replica's response cache listens on accords_data_changed (src/db/data-version-postgresql.ts).
CREATE OR REPLACE FUNCTION "accords_notify_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('accords_data_changed', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "GroupCount_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "GroupCount" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();

COMMIT;
