// The Accords API 0.2.1, as TypeScript types: generated from /openapi.json by `npm run openapi:types`
// (openapi-typescript). Contract sha256 4d8c5efed7e08c3b8b244beb60385f11755fa2a2acc3172a54fe6c90834e7404.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process is up. It checks nothing else: use it to decide whether to restart the process.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers a query and every migration is applied, else 503 with what is wrong: use it to decide whether to send this server traffic.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API root
         * @description Where to start: the API's name and version, the version of its data, and absolute links to every collection, the documentation and the OpenAPI document.
         */
        get: operations["getIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a problem type means
         * @description The `type` of an error answer (RFC 9457 problem details), such as `/problems/invalid-parameters`, resolves here to what it means and what to do about it. Problems of type `about:blank` mean what their status means.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements
         * @description MOUs and other agreements, with their parties, sectors and minerals embedded. Filters combine with AND; a comma means OR within one filter (`sector=critical-minerals,energy`). Filtering by a related record returns each matching agreement with all its relations. An unknown slug is a 400 that suggests the closest ones. With `group_by`, counts the matching agreements by a dimension instead (every value, `unknown` for agreements without one). `cursor` pages by keyset, for deep pages. `format=csv` or `ndjson` (or the `Accept` header) exports every match, streamed; a few exports run at once, beyond that a 503.
         */
        get: operations["listMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mous/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one agreement
         * @description One agreement in full: its summit, session (or `null`) and date of signing, parties with their roles, sectors, minerals; whether any of its facts is disputed, and which; how many sources support it, of which kinds; its citations (verbatim quotes of the article) and every claim of every source, with its value, rank, basis, and quote or locator.
         */
        get: operations["getMou"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/summits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List summits
         * @description Summits, oldest first, each with its countries, leaders, sessions, and agreement counts: reported by the source, recorded in the dataset, and identified.
         */
        get: operations["listSummits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/summits/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one summit
         * @description One summit in full: its agreement counts (reported by each source, recorded with and without a known session, identified), its sessions with theirs and their attendance, its leaders and its other commitments (joint statement, cooperation, endorsements, positions), each with its citations and claims, and the summit's own.
         */
        get: operations["getSummit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/summits/{slug}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one summit's agreements
         * @description The agreements of one summit, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listSummitMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description The parts of summits where agreements were signed, in the order they took place.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one session
         * @description One session, with its agreement counts (reported by each source, recorded, identified), citations and claims.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{slug}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one session's agreements
         * @description The agreements of one session, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listSessionMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parties
         * @description States, government bodies, state-owned enterprises, companies and research institutes that sign agreements, each with its country and how many agreements it signed.
         */
        get: operations["listParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one party
         * @description One party, its other names (aliases) with their sources, the agreements it signed, and the citations and claims for its name, kind and country.
         */
        get: operations["getParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{slug}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one party's agreements
         * @description The agreements of one party, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listPartyMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List countries
         * @description Countries by ISO 3166-1 alpha-2 code, with how many parties and agreements each has.
         */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one country
         * @description One country, its parties, and the citations for its code and name.
         */
        get: operations["getCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sectors
         * @description The sector taxonomy, in the order the source lists it, with how many agreements each has.
         */
        get: operations["listSectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sectors/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one sector
         * @description One sector, with its agreement count and citations.
         */
        get: operations["getSector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minerals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List minerals
         * @description Minerals the sources name: single elements (with their chemical symbol) and groups, the countries the source says hold them, and how many agreements each has.
         */
        get: operations["listMinerals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minerals/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one mineral
         * @description One mineral, with its agreement count and citations.
         */
        get: operations["getMineral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries/{code}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one country's agreements
         * @description The agreements of one country, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listCountryMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sectors/{slug}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one sector's agreements
         * @description The agreements of one sector, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listSectorMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minerals/{slug}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one mineral's agreements
         * @description The agreements of one mineral, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listMineralMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The documents the dataset is drawn from: the news article and the excerpts of reference standards the project ships, and the pages (official releases, wire copy, newspapers, a registry) it cites by reference only.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one source
         * @description One source: publisher, author, publication date (or `unknown`) and time with its time zone, URL, language, when we read it, and, for a text the project ships, the SHA-256 of that text.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{slug}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source's full text
         * @description The full text every quote of this source can be checked against, as `text/plain`. A source cited by reference has none in the project: 404.
         */
        get: operations["getSourceText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{slug}/mous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one source's agreements
         * @description The agreements of one source, with every filter, sort, page, `cursor`, `group_by` and `format` parameter of `/mous`.
         */
        get: operations["listSourceMous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard totals
         * @description One response for a dashboard's headline tiles: agreements per summit and session as reported by the source, recorded in the dataset and identified; and counts per sector, mineral, party kind and country (multi-valued: an agreement with two sectors counts in both). As CSV or NDJSON, one row per value.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/party-pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pairs of parties that signed together
         * @description For network views: every pair of parties that signed an agreement together, with how many and which, among the agreements matching the same filters as `/mous`. Most frequent pairs first (then by slugs); each lists its first 20 agreements, and `agreements_list` links to them all.
         */
        get: operations["listPartyPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description `stated`: the source says it; `inferred`: the source implies it (the citation's note says how).
         * @enum {string}
         */
        Basis: "stated" | "inferred";
        CountryRef: {
            code: string;
            name: string;
        };
        SummitRef: {
            slug: string;
            name: string;
            /**
             * Format: date
             * @example 2024-06-12
             */
            date: string;
        };
        SessionRef: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "signing_ceremony" | "business_forum";
            /**
             * Format: date
             * @example 2024-06-12
             */
            date: string;
        };
        SourceRef: {
            slug: string;
            title: string;
        };
        PartyRef: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "state" | "government_body" | "state_owned_enterprise" | "company" | "research_institute" | "bank" | "association";
            country: string;
        };
        /** @description A verbatim quote, from a text the project ships, supporting a value the record holds. `claims` has these and every other source's claims. */
        Citation: {
            /** @description The fact it supports: `""` for the record's existence, a field name, or a relation such as `sectors/critical-minerals`. */
            field: string;
            /** @description Verbatim from the source. */
            quote: string;
            basis: components["schemas"]["Basis"];
            /** @description For an inference, the reasoning from the quote to the fact. */
            note: string | null;
            source: components["schemas"]["SourceRef"];
        };
        /** @description Where the whole of a capped, embedded list is: how many items it has, and the list with all of them. */
        ListLink: {
            /** @description How many there are in all. */
            total: number;
            /** @description How many of them the list above embeds (its first ones). */
            listed: number;
            /** @description The full list, with every filter, sort and page parameter of its kind. */
            href: string;
        };
        /**
         * @description How the claim ranks among the claims of the same fact, as in Wikidata: `preferred`, the value the record holds where sources disagree; `normal`, kept and counted as a disagreement when its value differs; `deprecated`, kept but known to be wrong, never counted.
         * @enum {string}
         */
        Rank: "preferred" | "normal" | "deprecated";
        /**
         * @description `article`: the news article the project ships; `reference`: an excerpt of a standard it ships. Cited by reference: `official_release` (a government body's own page), `wire` (news-agency copy), `newspaper` (a news outlet's page), `registry` (a database record). `synthetic`: generated test data.
         * @enum {string}
         */
        SourceKind: "article" | "reference" | "official_release" | "wire" | "newspaper" | "registry" | "synthetic";
        /** @description The source of a claim, by reference; `/sources/{slug}` has it in full. */
        ClaimSource: {
            slug: string;
            title: string;
            kind: components["schemas"]["SourceKind"];
            publisher: string;
            url: string | null;
        };
        /** @description What one source says about one fact, and how it ranks among the claims of that fact. */
        Claim: {
            /** @description The fact: `""` for the record's existence, a field name (`session`, `signed_at`, `reported_agreement_count`…), one member of a set (`parties/kazmunaygas`, `aliases/KIGAM`), or a whole set as one source lists it (`parties`). */
            field: string;
            /** @description The value the source gives, as text (a count as digits, a date as YYYY-MM-DD, a related record as its slug); for a whole set, its members' slugs; `null` for existence and for bare membership. */
            value: (string | string[]) | null;
            rank: components["schemas"]["Rank"];
            basis: components["schemas"]["Basis"];
            /** @description For an inference, the reasoning from the source to the fact; for a rank, why. */
            note: string | null;
            /** @description Verbatim, when the project ships the source's text; otherwise `null`. */
            quote: string | null;
            /** @description For a source cited by reference: where it states the fact, in our own words (its text is not copied). */
            locator: string | null;
            source: components["schemas"]["ClaimSource"];
        };
        ListMeta: {
            /** @description How many records match the filters, over all pages. */
            total: number;
            limit: number;
            offset: number;
            /** @description With `cursor`: the cursor of the next page, or `null` on the last (the Link header's `rel="next"` has it too). */
            next_cursor?: string | null;
        };
        /** @description How many agreements one source says were signed, and how that claim ranks. */
        ReportedCount: {
            count: number;
            rank: components["schemas"]["Rank"];
            basis: components["schemas"]["Basis"];
            source: {
                slug: string;
                title: string;
                kind: components["schemas"]["SourceKind"];
            };
        };
        SessionAgreementCounts: {
            /** @description How many the sources say were signed (the preferred claim); `null` when no source gives a number. */
            reported: number | null;
            /** @description How many agreement records the dataset holds. */
            recorded: number;
            /** @description How many of those the sources identify. */
            identified: number;
            /** @description Every source's count, best rank first: where they disagree, all are kept. */
            reported_by_source: components["schemas"]["ReportedCount"][];
        };
        SummitAgreementCounts: {
            /** @description How many the sources say were signed (the preferred claim); `null` when no source gives a number. */
            reported: number | null;
            /** @description How many agreement records the dataset holds. */
            recorded: number;
            /** @description How many of those the sources identify. */
            identified: number;
            /** @description Every source's count, best rank first: where they disagree, all are kept. */
            reported_by_source: components["schemas"]["ReportedCount"][];
            /** @description Records whose session a source gives: the sum of the sessions' `recorded`. */
            recorded_with_session: number;
            /** @description Records of this summit whose session no source gives. */
            recorded_without_session: number;
        };
        TotalAgreementCounts: {
            /** @description How many the sources say were signed (the preferred claim); `null` when no source gives a number. */
            reported: number | null;
            /** @description How many agreement records the dataset holds. */
            recorded: number;
            /** @description How many of those the sources identify. */
            identified: number;
            /** @description Records whose session a source gives. */
            recorded_with_session: number;
            /** @description Records whose session no source gives (each still belongs to its summit). */
            recorded_without_session: number;
        };
        Session: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "signing_ceremony" | "business_forum";
            /**
             * Format: date
             * @example 2024-06-12
             */
            date: string;
            summit: components["schemas"]["SummitRef"];
            city: string | null;
            venue: string | null;
            attendance: {
                count: number | null;
                approximate: boolean;
                description: string | null;
            };
            /** @description The source's words for what was signed, e.g. "MOUs and agreements". */
            reported_agreement_kinds: string | null;
            /** @description Reported here, and recorded with this session; records whose session is unknown count on the summit only. */
            agreements: components["schemas"]["SessionAgreementCounts"];
            /** @description Who attended the signing, as the preferred claim gives it. */
            witnesses: string | null;
        };
        SessionDetail: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "signing_ceremony" | "business_forum";
            /**
             * Format: date
             * @example 2024-06-12
             */
            date: string;
            summit: components["schemas"]["SummitRef"];
            city: string | null;
            venue: string | null;
            attendance: {
                count: number | null;
                approximate: boolean;
                description: string | null;
            };
            /** @description The source's words for what was signed, e.g. "MOUs and agreements". */
            reported_agreement_kinds: string | null;
            /** @description Reported here, and recorded with this session; records whose session is unknown count on the summit only. */
            agreements: components["schemas"]["SessionAgreementCounts"];
            /** @description Who attended the signing, as the preferred claim gives it. */
            witnesses: string | null;
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        Leader: {
            slug: string;
            name: string;
            office: string;
            country: components["schemas"]["CountryRef"];
        };
        LeaderDetail: {
            slug: string;
            name: string;
            office: string;
            country: components["schemas"]["CountryRef"];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        Summit: {
            slug: string;
            name: string;
            /**
             * Format: date
             * @example 2024-06-12
             */
            date: string;
            city: string;
            venue: string | null;
            occasion: string | null;
            countries: {
                code: string;
                name: string;
                /** @enum {string} */
                role: "host" | "visitor";
            }[];
            leaders: components["schemas"]["Leader"][];
            sessions: components["schemas"]["SessionRef"][];
            agreements: components["schemas"]["SummitAgreementCounts"];
        };
        /** @description Something the summit produced besides signed agreements, with its citations. */
        Commitment: {
            slug: string;
            /** @enum {string} */
            kind: "joint_statement" | "cooperation" | "discussion" | "endorsement" | "position" | "request" | "statement" | "assessment";
            /** @description The source's words for what it is about, verbatim. */
            subject: string;
            /** @description The sentence of the source that states it, verbatim. */
            statement: string;
            /** @description The countries that hold it. */
            countries: components["schemas"]["CountryRef"][];
            session: components["schemas"]["SessionRef"] | null;
            /** @description The agreement it is about (an assessment of it), if any. */
            agreement: {
                slug: string;
                title: string | null;
            } | null;
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        SummitDetail: {
            slug: string;
            name: string;
            /**
             * Format: date
             * @example 2024-06-12
             */
            date: string;
            city: string;
            venue: string | null;
            occasion: string | null;
            countries: {
                code: string;
                name: string;
                /** @enum {string} */
                role: "host" | "visitor";
            }[];
            /** @description The leaders, each with the citations of their name, office and country. */
            leaders: components["schemas"]["LeaderDetail"][];
            sessions: components["schemas"]["Session"][];
            agreements: components["schemas"]["SummitAgreementCounts"];
            commitments: components["schemas"]["Commitment"][];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        SummitList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Summit"][];
            meta: components["schemas"]["ListMeta"];
        };
        SessionList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Session"][];
            meta: components["schemas"]["ListMeta"];
        };
        Country: {
            code: string;
            name: string;
            /** @description How many parties are from it. */
            party_count: number;
            /** @description How many agreements have a party from it. */
            agreement_count: number;
        };
        /** @description What a source says of the country's past that bears on the summit. */
        CountryBackground: {
            slug: string;
            /** @description The source's words for what it is about, verbatim. */
            subject: string;
            /** @description The sentence that states it, verbatim. */
            statement: string;
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        CountryDetail: {
            code: string;
            name: string;
            /** @description How many parties are from it. */
            party_count: number;
            /** @description How many agreements have a party from it. */
            agreement_count: number;
            parties: components["schemas"]["PartyRef"][];
            /** @description What sources say of its past that bears on the summit. */
            background: components["schemas"]["CountryBackground"][];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        /** @description A source says some agreements of this summit (or session) are in the sector, without naming them. Not counted in `agreement_count`. */
        SectorCoverage: {
            /** @description The summit's slug. */
            summit: string;
            /** @description The session's slug; `null`: the summit as a whole. */
            session: string | null;
            /** @description How many of its agreements are in the sector, when the source says. */
            count: number | null;
            basis: components["schemas"]["Basis"];
        };
        Sector: {
            slug: string;
            name: string;
            /** @description How many agreements are known to be in this sector. */
            agreement_count: number;
            /** @description Where sources say the sector is covered without naming the agreements; the claims on `coverage/…` give the sources. */
            coverage: components["schemas"]["SectorCoverage"][];
        };
        SectorDetail: {
            slug: string;
            name: string;
            /** @description How many agreements are known to be in this sector. */
            agreement_count: number;
            /** @description Where sources say the sector is covered without naming the agreements; the claims on `coverage/…` give the sources. */
            coverage: components["schemas"]["SectorCoverage"][];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        Mineral: {
            slug: string;
            name: string;
            /** @description Chemical symbol, for a single element. */
            symbol: string | null;
            /**
             * @description `element`: one chemical element; `group`: a class of them, e.g. rare earth metals.
             * @enum {string}
             */
            form: "element" | "group";
            /** @description Countries the source says hold this mineral. */
            resource_countries: components["schemas"]["CountryRef"][];
            /** @description How many agreements it has. */
            agreement_count: number;
            /** @description Countries whose industries the source says need this mineral. */
            needed_by: {
                code: string;
                name: string;
                /** @description The source's words, verbatim. */
                industries: string;
            }[];
        };
        MineralDetail: {
            slug: string;
            name: string;
            /** @description Chemical symbol, for a single element. */
            symbol: string | null;
            /**
             * @description `element`: one chemical element; `group`: a class of them, e.g. rare earth metals.
             * @enum {string}
             */
            form: "element" | "group";
            /** @description Countries the source says hold this mineral. */
            resource_countries: components["schemas"]["CountryRef"][];
            /** @description How many agreements it has. */
            agreement_count: number;
            /** @description Countries whose industries the source says need this mineral. */
            needed_by: {
                code: string;
                name: string;
                /** @description The source's words, verbatim. */
                industries: string;
            }[];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        CountryList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Country"][];
            meta: components["schemas"]["ListMeta"];
        };
        SectorList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Sector"][];
            meta: components["schemas"]["ListMeta"];
        };
        MineralList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Mineral"][];
            meta: components["schemas"]["ListMeta"];
        };
        Group: {
            /** @description The value's slug or code (`true`/`false` for identified), or `unknown`. */
            key: string;
            name: string;
            /** @description How many of the matching agreements have this value. */
            count: number;
        };
        Groups: {
            /**
             * @description `groups`: counts, the answer to `group_by`; a list says `list`.
             * @constant
             */
            kind: "groups";
            /** @description By count, largest first (then by key); `unknown` last. */
            data: components["schemas"]["Group"][];
            meta: {
                /** @enum {string} */
                group_by: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description How many distinct agreements match the filters. */
                total: number;
                /** @description `true` when one agreement can have several values (e.g. several sectors), so counts can add up to more than `total`. */
                multi_valued: boolean;
                /** @description The sum of the counts: equal to `total` for single-valued dimensions. */
                counted: number;
                /** @description How many groups there are, `unknown` included: with `limit`/`offset`, over all pages. */
                groups: number;
                /** @description With `limit` or `offset`: the page size. */
                limit?: number;
                /** @description With `limit` or `offset`: how many groups come before this page. */
                offset?: number;
            };
        };
        SessionStats: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "signing_ceremony" | "business_forum";
            date: string;
            agreements: components["schemas"]["SessionAgreementCounts"];
        };
        SummitStats: {
            slug: string;
            name: string;
            date: string;
            agreements: components["schemas"]["SummitAgreementCounts"];
            sessions: components["schemas"]["SessionStats"][];
        };
        SectorGroup: {
            /** @description The value's slug or code (`true`/`false` for identified), or `unknown`. */
            key: string;
            name: string;
            /** @description How many of the matching agreements have this value. */
            count: number;
            /** @description Where sources say the sector is covered without naming the agreements; not part of `count`. */
            coverage: components["schemas"]["SectorCoverage"][];
        };
        Stats: {
            dataset: {
                /** @description Identifies the version of the seed data loaded. */
                sha256: string;
                /** @description When it was loaded (ISO 8601). */
                loaded_at: string;
            };
            /** @description Reported (the summits' preferred totals added up), recorded, identified, and recorded with and without a known session; each summit below gives every source's count. */
            agreements: components["schemas"]["TotalAgreementCounts"];
            /** @description The oldest summits, at most 50; `summits_list` says how many there are and where they all are. */
            summits: components["schemas"]["SummitStats"][];
            summits_list: components["schemas"]["ListLink"];
            /** @description Agreements known to be in each sector (`count`), and beside it what sources say of the sector without naming agreements (`coverage`). */
            sectors: components["schemas"]["SectorGroup"][];
            minerals: components["schemas"]["Group"][];
            party_kinds: components["schemas"]["Group"][];
            countries: components["schemas"]["Group"][];
        };
        PartyPair: {
            /** @description The pair's first party, by slug. */
            party_a: components["schemas"]["PartyRef"];
            /** @description The other. */
            party_b: components["schemas"]["PartyRef"];
            /** @description How many matching agreements both signed. */
            count: number;
            /** @description Their slugs, in order, at most 20; `agreements_list` has them all. */
            agreements: string[];
            agreements_list: components["schemas"]["ListLink"];
        };
        PartyPairList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["PartyPair"][];
            meta: components["schemas"]["ListMeta"];
        };
        MouParty: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "state" | "government_body" | "state_owned_enterprise" | "company" | "research_institute" | "bank" | "association";
            country: string;
            /** @enum {string} */
            role: "signatory";
            basis: components["schemas"]["Basis"];
        };
        MouSector: {
            slug: string;
            name: string;
            basis: components["schemas"]["Basis"];
        };
        MouMineral: {
            slug: string;
            name: string;
            symbol: string | null;
            basis: components["schemas"]["Basis"];
        };
        SourceKindCount: {
            kind: components["schemas"]["SourceKind"];
            count: number;
        };
        Mou: {
            slug: string;
            /** @description `null`: no source says whether it is an MOU or an agreement, or the sources disagree and none is preferred (see the claims on `kind`). */
            kind: ("mou" | "agreement" | "record_of_discussion") | null;
            /** @description Its name: the article's own words where the article names it, otherwise our English for the name the cited sources give; `null` when no source identifies it. */
            title: string | null;
            /** @description The article's own words where it describes the agreement, verbatim; otherwise our summary of what the cited sources state. */
            summary: string | null;
            /** @description `false`: the sources only count this agreement. */
            identified: boolean;
            /** @description Its own date of signing (which may differ from its session's); `null` when no source gives it. */
            signed_at: string | null;
            /** @description The summit it was signed at; always known. */
            summit: components["schemas"]["SummitRef"];
            /** @description The session it was signed at; `null` when no source says which. */
            session: components["schemas"]["SessionRef"] | null;
            /** @description How we know its session; `null` with the session. */
            session_basis: components["schemas"]["Basis"] | null;
            parties: components["schemas"]["MouParty"][];
            /** @description The countries of its parties. */
            countries: components["schemas"]["CountryRef"][];
            sectors: components["schemas"]["MouSector"][];
            minerals: components["schemas"]["MouMineral"][];
            /** @description `true` when at least one of its facts has two non-deprecated claims with different values; `/mous/{slug}` names them (`disputed_facts`) and gives every claim. */
            disputed: boolean;
            /** @description How many distinct sources support it (make a non-deprecated claim about it). */
            source_count: number;
            /** @description Those sources by kind (article, official release, wire, newspaper, registry), with how many of each. */
            source_kinds: components["schemas"]["SourceKindCount"][];
        };
        MouDetail: {
            slug: string;
            /** @description `null`: no source says whether it is an MOU or an agreement, or the sources disagree and none is preferred (see the claims on `kind`). */
            kind: ("mou" | "agreement" | "record_of_discussion") | null;
            /** @description Its name: the article's own words where the article names it, otherwise our English for the name the cited sources give; `null` when no source identifies it. */
            title: string | null;
            /** @description The article's own words where it describes the agreement, verbatim; otherwise our summary of what the cited sources state. */
            summary: string | null;
            /** @description `false`: the sources only count this agreement. */
            identified: boolean;
            /** @description Its own date of signing (which may differ from its session's); `null` when no source gives it. */
            signed_at: string | null;
            summit: {
                slug: string;
                name: string;
                /**
                 * Format: date
                 * @example 2024-06-12
                 */
                date: string;
                city: string;
                venue: string | null;
            };
            /** @description The session it was signed at; `null` when no source says which. */
            session: {
                slug: string;
                name: string;
                /** @enum {string} */
                kind: "signing_ceremony" | "business_forum";
                /**
                 * Format: date
                 * @example 2024-06-12
                 */
                date: string;
                city: string | null;
                venue: string | null;
            } | null;
            /** @description How we know its session; `null` with the session. */
            session_basis: components["schemas"]["Basis"] | null;
            parties: components["schemas"]["MouParty"][];
            /** @description The countries of its parties. */
            countries: components["schemas"]["CountryRef"][];
            sectors: components["schemas"]["MouSector"][];
            minerals: components["schemas"]["MouMineral"][];
            /** @description `true` when at least one of its facts has two non-deprecated claims with different values; `/mous/{slug}` names them (`disputed_facts`) and gives every claim. */
            disputed: boolean;
            /** @description How many distinct sources support it (make a non-deprecated claim about it). */
            source_count: number;
            /** @description Those sources by kind (article, official release, wire, newspaper, registry), with how many of each. */
            source_kinds: components["schemas"]["SourceKindCount"][];
            /** @description Where it was signed, as the sources give it; `null` when none does. */
            place: string | null;
            /** @description The fields of those facts, e.g. `kind`, `signed_at`, `parties`. */
            disputed_facts: string[];
            /** @description Those sources. */
            sources: {
                slug: string;
                title: string;
                kind: components["schemas"]["SourceKind"];
            }[];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        MouList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Mou"][];
            meta: components["schemas"]["ListMeta"];
        };
        ParameterProblem: {
            /** @enum {string} */
            in: "query" | "path" | "header";
            /** @description The parameter at fault. */
            name: string;
            /** @description What is wrong with it and what would be accepted. */
            detail: string;
            /** @description The value sent, when there was one. */
            value?: string;
            /** @description The values or parameter names that would be accepted, when they are few. */
            accepted?: string[];
            /** @description The closest existing values, for an unknown slug. */
            suggestions?: string[];
        };
        /** @description An RFC 9457 problem details object (`application/problem+json`). */
        Problem: {
            /** @description A URI reference identifying the problem type. */
            type: string;
            /** @description A short summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request, and what to do instead. */
            detail: string;
            /** @description The path and query of the request. */
            instance: string;
            /** @description For invalid parameters: one entry per parameter at fault. */
            errors?: components["schemas"]["ParameterProblem"][];
        };
        Party: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "state" | "government_body" | "state_owned_enterprise" | "company" | "research_institute" | "bank" | "association";
            country: components["schemas"]["CountryRef"];
            /** @description How many agreements it signed. */
            agreement_count: number;
        };
        MouRef: {
            slug: string;
            title: string | null;
            kind: ("mou" | "agreement" | "record_of_discussion") | null;
        };
        /** @description Another name a source gives the party: a former name, an abbreviation, its name in Korean. */
        PartyAlias: {
            name: string;
            /** @description The sources that give this name; the claims on `aliases/{name}` say where. */
            sources: {
                slug: string;
                title: string;
                kind: components["schemas"]["SourceKind"];
            }[];
        };
        PartyDetail: {
            slug: string;
            name: string;
            /** @enum {string} */
            kind: "state" | "government_body" | "state_owned_enterprise" | "company" | "research_institute" | "bank" | "association";
            country: components["schemas"]["CountryRef"];
            /** @description How many agreements it signed. */
            agreement_count: number;
            /** @description Its other names, each with its sources. */
            aliases: components["schemas"]["PartyAlias"][];
            /** @description The first 50 agreements it signed, in the order of `/parties/{slug}/mous`, which has them all, in full. */
            agreements: components["schemas"]["MouRef"][];
            agreements_list: components["schemas"]["ListLink"];
            citations: components["schemas"]["Citation"][];
            /** @description Every claim about this record, by field, best rank first: what each source says, with its rank. */
            claims: components["schemas"]["Claim"][];
        };
        PartyList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Party"][];
            meta: components["schemas"]["ListMeta"];
        };
        ApiIndex: {
            name: string;
            description: string;
            /** @description The API's version: the OpenAPI document's `info.version`. */
            version: string;
            /** @description The data this server answers from. */
            dataset: {
                /** @description Identifies the version of the seed data loaded. */
                sha256: string;
                /** @description When it was loaded (ISO 8601). */
                loaded_at: string;
            };
            /** @description Absolute URLs at the host and scheme this request was sent to. */
            links: {
                /**
                 * Format: uri
                 * @description Agreements (MOUs and other agreements): filters, sort, pages, `group_by`, exports.
                 */
                mous: string;
                /**
                 * Format: uri
                 * @description Summits.
                 */
                summits: string;
                /**
                 * Format: uri
                 * @description The sessions where agreements were signed.
                 */
                sessions: string;
                /**
                 * Format: uri
                 * @description Who signs: states, government bodies, companies, institutes.
                 */
                parties: string;
                /**
                 * Format: uri
                 * @description Countries, by ISO 3166-1 alpha-2 code.
                 */
                countries: string;
                /**
                 * Format: uri
                 * @description The sector taxonomy.
                 */
                sectors: string;
                /**
                 * Format: uri
                 * @description Minerals, element or group.
                 */
                minerals: string;
                /**
                 * Format: uri
                 * @description The documents every fact is cited from.
                 */
                sources: string;
                /**
                 * Format: uri
                 * @description Headline totals for dashboards.
                 */
                stats: string;
                /**
                 * Format: uri
                 * @description Pairs of parties that signed together.
                 */
                party_pairs: string;
                /**
                 * Format: uri
                 * @description Interactive documentation (Swagger UI).
                 */
                docs: string;
                /**
                 * Format: uri
                 * @description The OpenAPI 3.1 document.
                 */
                openapi: string;
                /**
                 * Format: uri
                 * @description Liveness.
                 */
                health: string;
                /**
                 * Format: uri
                 * @description Readiness.
                 */
                ready: string;
            };
        };
        ProblemType: {
            /** @description The `type` of the problems it describes. */
            type: string;
            title: string;
            /** @description The HTTP status those problems come with. */
            status: number;
            /** @description What it means and what to do about it. */
            description: string;
        };
        Source: {
            slug: string;
            kind: components["schemas"]["SourceKind"];
            /** @description The page's own headline; `unknown` when the page as read shows none. */
            title: string;
            publisher: string;
            /** @description Where the copy read was published, when not by the publisher itself. */
            carried_by: string | null;
            author: string | null;
            /** @description ISO 8601 with the publisher's UTC offset, when the page gives the time and its zone. */
            published_at: string | null;
            /** @description IANA time zone the publisher dated it in. */
            time_zone: string | null;
            url: string | null;
            language: string;
            /** @description SHA-256 of the full text, which `/sources/{slug}/text` serves; `null` for a source cited by reference. */
            text_sha256: string | null;
            note: string | null;
            /** @description How many claims cite it. */
            citation_count: number;
            /**
             * @description `quote`: the project ships its text, and claims quote it verbatim; `reference`: claims cite it by reference, with a locator in our own words, and none of its text is in the project.
             * @enum {string}
             */
            cited_by: "quote" | "reference";
            /** @description The date the page shows (YYYY-MM-DD), or `unknown` when it shows none. */
            published_on: string;
            /** @description How that date was read, or what the page shows instead. */
            published_on_note: string | null;
            /** @description For a source cited by reference: when we read it (YYYY-MM-DD). */
            retrieved_on: string | null;
        };
        SourceList: {
            /**
             * @description `list`: a page of records.
             * @constant
             */
            kind: "list";
            data: components["schemas"]["Source"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description The full text, exactly as captured (UTF-8). */
        SourceText: string;
        Health: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @constant */
            status: "ready";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests a client may make per window. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiIndex"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The last segment of a problem's `type`.
                 * @example invalid-parameters
                 */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMou: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example lithium-exploration-mou
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSummits: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-2 codes: summits any of these countries took part in. Example: `KZ`. */
                country?: string[];
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummitList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSummit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example korea-kazakhstan-2024
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummitDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSummitMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example korea-kazakhstan-2024
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Summit slugs. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session kinds. Example: `business_forum`. */
                kind?: ("signing_ceremony" | "business_forum")[];
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example korea-kazakhstan-2024-business-forum
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSessionMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example korea-kazakhstan-2024-signing-ceremony
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParties: {
        parameters: {
            query?: {
                /** @description Party kinds. Example: `company`. */
                kind?: ("state" | "government_body" | "state_owned_enterprise" | "company" | "research_institute" | "bank" | "association")[];
                /** @description ISO 3166-1 alpha-2 codes. Example: `KR`. */
                country?: string[];
                /** @description Text in names: a literal substring (no wildcards), in any letter case. Example: `hyundai`. */
                q?: string;
                /** @description One field, `-` for descending: name, slug, kind, agreement_count. Default `name`. Example: `-agreement_count`. */
                sort?: "name" | "slug" | "kind" | "agreement_count" | "-name" | "-slug" | "-kind" | "-agreement_count";
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example kazmunaygas
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example sk-ecoplant
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ISO 3166-1 alpha-2 code, case-insensitive.
                 * @example KZ
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSectors: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example critical-minerals
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMinerals: {
        parameters: {
            query?: {
                /** @description `element` or `group`. Example: `element`. */
                form?: ("element" | "group")[];
                /** @description ISO 3166-1 alpha-2 codes: minerals the source says these countries hold. Example: `KZ`. */
                country?: string[];
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MineralList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMineral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example lithium
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MineralDetail"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountryMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description ISO 3166-1 alpha-2 code, case-insensitive.
                 * @example KZ
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSectorMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example critical-minerals
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMineralMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example lithium
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Source kinds: `article`, `reference`, `official_release`, `wire`, `newspaper`, `registry`, `synthetic`. Example: `article`. */
                kind?: ("article" | "reference" | "official_release" | "wire" | "newspaper" | "registry" | "synthetic")[];
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example joongang-2024-06-12-korea-kazakhstan-critical-minerals
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourceText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example joongang-2024-06-12-korea-kazakhstan-critical-minerals
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["SourceText"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSourceMous: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Comma-separated fields, `-` for descending: signed_at, title, slug, kind, identified. Default: `signed_at`, then the order the source lists them. Ties always fall back to that order. Example: `-signed_at,title`. */
                sort?: string;
                /** @description Count the matching agreements by this dimension instead of listing them: sector, mineral, party, party_kind, country, summit, session, kind, identified. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); `limit` and `offset` page the groups. Example: `party`. */
                group_by?: "sector" | "mineral" | "party" | "party_kind" | "country" | "summit" | "session" | "kind" | "identified";
                /** @description Keyset paging, for deep pages and long walks: `*` for the first page, then the cursor the answer gives (`meta.next_cursor`, and the Link header's `rel="next"`), until it is `null`. Pages stay consistent under any `sort`. A cursor works only with the filters and sort it was made with, and only until the data is reloaded; otherwise it is a 400. Example: `*`. */
                cursor?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's slug: lowercase letters, digits and hyphens.
                 * @example korea-herald-minerals-supply-chain
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MouList"] | components["schemas"]["Groups"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stats"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyPairs: {
        parameters: {
            query?: {
                /** @description Sector slugs; see /sectors. Example: `critical-minerals`, `energy`. */
                sector?: string[];
                /** @description Mineral slugs; see /minerals. Example: `lithium`. */
                mineral?: string[];
                /** @description Party slugs: agreements any of them signed; see /parties. Example: `kazmunaygas`. */
                party?: string[];
                /** @description ISO 3166-1 alpha-2 codes: agreements with a party from any of these countries. Example: `KR`. */
                country?: string[];
                /** @description Summit slugs; see /summits. Example: `korea-kazakhstan-2024`. */
                summit?: string[];
                /** @description Session slugs; see /sessions. `unknown`: agreements no source places at a session (they still belong to their summit). Example: `korea-kazakhstan-2024-business-forum`. */
                session?: string[];
                /** @description `mou`, `agreement`, `record_of_discussion`, or `unknown` (no source says which, or the sources disagree and none is preferred). Example: `mou`. */
                kind?: ("mou" | "agreement" | "record_of_discussion" | "unknown")[];
                /** @description `false`: agreements the source only counts, without identifying them. Example: `true`. */
                identified?: boolean;
                /** @description `true`: agreements with at least one disputed fact (two non-deprecated claims with different values); `false`: the others. Example: `true`. */
                disputed?: boolean;
                /** @description Source slugs: agreements any of these sources supports (makes a non-deprecated claim about); see /sources. Example: `korea-herald-minerals-supply-chain`. */
                source?: string[];
                /** @description Signed on or after this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-01`. */
                signed_from?: string;
                /** @description Signed on or before this date (YYYY-MM-DD); agreements whose date no source gives do not match. Example: `2024-06-30`. */
                signed_to?: string;
                /** @description Text in titles, summaries and party names (and the parties' other names): a literal substring of any length (no wildcards), in any letter case. Example: `lithium`. */
                q?: string;
                /** @description Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given. Example: `50`. */
                limit?: number;
                /** @description How many records to skip. Default 0. Example: `0`. */
                offset?: number;
                /** @description `json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given. Example: `csv`. */
                format?: "json" | "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description How many records match, over all pages (not sent with `group_by`). */
                    "X-Total-Count"?: number;
                    /** @description RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. With `group_by` and `limit` or `offset`, to the pages of groups. */
                    Link?: string;
                    /** @description For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) is streamed, with a weak ETag made from the version of the data and the request. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPairList"];
                };
            };
            /** @description A parameter is invalid; `errors` names each one and what would be accepted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in `Accept` can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path and query are longer than the server accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the time in `Retry-After`. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; or, for an export, too many running: retry after the time in `Retry-After`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
