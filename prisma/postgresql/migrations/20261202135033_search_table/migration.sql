-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)
BEGIN;

-- DropIndex
DROP INDEX "Agreement_searchText_trgm_idx";

-- `q`'s own table (src/db/sql/search-postgresql.ts): each agreement's id and
-- search text alone, on half the pages of "Agreement", with the trigram index
-- that finds a needle. The engine leaves it alone (src/db/external-tables.ts);
-- the triggers below keep it equal to "Agreement"."searchText", and a deleted
-- agreement takes its row with it.
CREATE TABLE "AgreementSearch" (
    "id" INTEGER NOT NULL,
    "searchText" TEXT COLLATE "C" NOT NULL,
    CONSTRAINT "AgreementSearch_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AgreementSearch_id_fkey" FOREIGN KEY ("id") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO "AgreementSearch" ("id", "searchText") SELECT "id", "searchText" FROM "Agreement";

CREATE INDEX "AgreementSearch_searchText_trgm_idx" ON "AgreementSearch" USING GIN ("searchText" gin_trgm_ops);

-- Once per statement, from the rows it wrote: a load inserts thousands at a time.
CREATE OR REPLACE FUNCTION "accords_copy_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AgreementSearch" ("id", "searchText")
    SELECT "id", "searchText" FROM "written"
    ON CONFLICT ("id") DO UPDATE SET "searchText" = EXCLUDED."searchText"
    WHERE "AgreementSearch"."searchText" IS DISTINCT FROM EXCLUDED."searchText";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Agreement_search_inserted" AFTER INSERT ON "Agreement"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "accords_copy_search_text"();
CREATE TRIGGER "Agreement_search_updated" AFTER UPDATE ON "Agreement"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "accords_copy_search_text"();

-- As every table does (src/setup/postgresql-migration.ts).
CREATE TRIGGER "AgreementSearch_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementSearch" FOR EACH STATEMENT EXECUTE FUNCTION "accords_notify_data_changed"();

COMMIT;
