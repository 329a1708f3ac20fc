-- Tables that Python writes. dbt reads them as sources and never writes them;
-- Python never writes the marts. Applied idempotently at the start of every run.
--
-- raw.pages and staging.* declare no PRIMARY KEY or UNIQUE. DuckDB keeps those as ART
-- indexes, and the checkpoint after a write to such a table took 1-4 s at 100k pages (it grows
-- with the table; 0.04-0.09 s without them), paid by every run that stores anything. The
-- lookups do not need them: the archive's by-url lookups could not use the (url, content_hash)
-- index, and page_id grows with insertion order, so zone maps find a page_id without one.
-- The keys are kept by the writers (flows/archive.py looks a page up before storing it;
-- flows/load.py deletes a page's rows before inserting them, in one transaction) and
-- checked by dbt source tests (dbt/models/staging/__sources.yml) on every build.
-- flows/workdb.py rebuilds an older work database's tables without them, once.

create schema if not exists raw;
create schema if not exists staging;

-- One row per distinct version of a fetched page. A refetch with the same
-- content adds nothing; a changed page (a correction) adds version + 1.
create sequence if not exists raw.page_seq;
create table if not exists raw.pages (
    page_id        bigint    not null default nextval('raw.page_seq'),  -- key
    source         varchar   not null,
    url            varchar   not null,
    page_type      varchar   not null,          -- 'article' | 'listing'
    version        integer   not null,          -- 1, 2, ... per url
    fetched_at     timestamp not null,          -- UTC, first time this version was seen
    last_seen_at   timestamp not null,          -- UTC, last fetch that returned this content
    http_status    integer   not null,
    content_type   varchar,
    etag           varchar,
    last_modified  varchar,
    headers        json,                        -- the headers that matter
    content_hash   varchar   not null,          -- sha256 hex of the body bytes
    size_bytes     integer   not null,
    body_gz        blob      not null,          -- zlib-compressed body bytes
    run_id         varchar                      -- (url, content_hash) is unique
);

-- Every request the crawler made, successful or not (the audit trail of a run).
create table if not exists raw.fetch_log (
    run_id       varchar   not null,
    source       varchar   not null,
    url          varchar   not null,
    page_type    varchar   not null,
    requested_at timestamp not null,
    http_status  integer,                       -- null when no response (timeout, reset)
    outcome      varchar   not null,            -- new | changed | unchanged | not_modified | failed | refused
    attempts     integer   not null,
    error        varchar,
    elapsed_ms   integer
);

-- Pages that failed and must be retried next run; cleared when they succeed.
create table if not exists raw.pending_failures (
    source          varchar   not null,
    url             varchar   not null primary key,
    page_type       varchar   not null,
    first_failed_at timestamp not null,
    last_failed_at  timestamp not null,
    failures        integer   not null,
    attempts        integer   not null,
    error           varchar   not null
);

create table if not exists raw.runs (
    run_id       varchar primary key,
    command      varchar   not null,            -- run | backfill | reparse | demo
    started_at   timestamp not null,
    finished_at  timestamp,
    status       varchar   not null,            -- running | succeeded | failed | partial
    published    boolean   not null default false,
    summary      json
);

-- Parser output, rebuilt from raw.pages by the loader (and wholesale by reparse).
-- One row per page version that is an article; the newest version per url wins downstream.
create table if not exists staging.releases (
    page_id          bigint    not null,        -- key
    release_id       varchar   not null,        -- stable per url: '<source>:<path>'
    source           varchar   not null,
    url              varchar   not null,
    version          integer   not null,
    fetched_at       timestamp not null,
    title            varchar,
    published_date   date,
    body_text        varchar,
    status           varchar   not null,        -- parsed | quarantined
    quarantine_reason varchar,
    meeting_date     date,
    date_end         date,
    location         varchar,
    venue            varchar,
    kind             varchar,                   -- meeting | talks | visit | other
    mode             varchar,                   -- in_person | video | phone
    parser_version   varchar   not null,
    warnings         varchar[],
    loaded_at        timestamp not null,
    page_published   date,                      -- the date the page itself gave (published_date may come from the text)
    extraction_fingerprint varchar              -- which extractor made title/body_text (flows.load.extraction_fingerprint)
);
-- Columns added after the first release of the schema (existing work databases get them here).
alter table staging.releases add column if not exists page_published date;
alter table staging.releases add column if not exists extraction_fingerprint varchar;

-- A person as the release names them. meeting_index is null for actors/present
-- that belong to the release rather than to one meeting.
create table if not exists staging.participants (
    page_id        bigint  not null,
    meeting_index  integer,
    role           varchar not null,            -- principal | counterpart | actor | present
    position       integer not null,
    name           varchar not null,
    title          varchar,
    organization   varchar,
    country        varchar,                     -- ISO 3166-1 alpha-3 or null
    also           varchar[]
);

create table if not exists staging.meetings (
    page_id                bigint  not null,
    meeting_index          integer not null,
    counterpart_delegation varchar              -- key (page_id, meeting_index)
);

create table if not exists staging.statements (
    page_id      bigint  not null,
    position     integer not null,
    speaker_name varchar,
    text         varchar not null              -- key (page_id, position)
);

create table if not exists staging.mentions (
    page_id  bigint  not null,
    position integer not null,
    name     varchar not null                  -- key (page_id, position)
);
