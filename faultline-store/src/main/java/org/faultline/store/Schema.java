package org.faultline.store;

import java.util.List;

/**
 * The tables of the current schema version. Offsets are Unicode code points into {@code articles.text},
 * as in the analysis JSON. Rows are keyed by article so that replacing an article is a delete by
 * {@code article_id} in every table; there are no foreign keys (DuckDB checks them eagerly on delete,
 * which breaks delete-then-insert in one transaction), so {@link StoreCheck} looks for orphans instead.
 * The cluster tables are derived by {@link Dedup} and can always be recomputed. No secondary indexes:
 * DuckDB scans columns fast and every ART index slows down ingest.
 */
public final class Schema {
    /** Bump with a new step in {@link Migrations#standard()}. */
    public static final int VERSION = 5;

    /** The oldest version whose article tables are those of {@link #VERSION}: its exports can be imported. */
    public static final int ARTICLE_TABLES_SINCE = 1;

    /** Tables that hold analyses, each with an {@code article_id} column. */
    public static final List<String> ARTICLE_TABLES = List.of("articles", "actors", "places", "mentions", "events",
            "event_actors", "event_counts", "relations", "counts");

    /** Tables derived from the others by {@link Dedup}. */
    public static final List<String> CLUSTER_TABLES = List.of("clusters", "cluster_members", "cluster_actors",
            "cluster_counts");

    static final List<String> V1 = List.of(
            """
            CREATE TABLE articles (
              article_id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, published DATE,
              content_hash VARCHAR NOT NULL, text VARCHAR NOT NULL, stored_at TIMESTAMP NOT NULL)""", // stored_at: UTC
            """
            CREATE TABLE actors (
              article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR, country VARCHAR,
              sector VARCHAR, parent VARCHAR, known BOOLEAN, aliases VARCHAR[],
              PRIMARY KEY (article_id, actor_id))""",
            """
            CREATE TABLE places (
              article_id VARCHAR NOT NULL, place_id VARCHAR NOT NULL, name VARCHAR, lat DOUBLE, lon DOUBLE,
              country VARCHAR, admin1 VARCHAR, geonames_id BIGINT, feature_code VARCHAR, precision VARCHAR,
              PRIMARY KEY (article_id, place_id))""",
            // kind is 'actor' or 'place'; ref_id the actor_id or place_id of the same article
            """
            CREATE TABLE mentions (
              article_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, ref_id VARCHAR NOT NULL,
              start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL)""",
            """
            CREATE TABLE events (
              event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
              type VARCHAR NOT NULL, mode VARCHAR, modality VARCHAR,
              place_id VARCHAR, place_start_cp INTEGER, place_end_cp INTEGER, place_basis VARCHAR,
              date_value VARCHAR, date_precision VARCHAR, date_basis VARCHAR, date_start_cp INTEGER,
              date_end_cp INTEGER, day_first DATE, day_last DATE,
              evidence_start_cp INTEGER NOT NULL, evidence_end_cp INTEGER NOT NULL,
              trigger_start_cp INTEGER NOT NULL, trigger_end_cp INTEGER NOT NULL, trigger_text VARCHAR,
              cameo_root VARCHAR, quad_class INTEGER, acled_event_type VARCHAR, acled_sub_event_type VARCHAR)""",
            // role is 'source', 'target' or 'attribution'
            """
            CREATE TABLE event_actors (
              event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, role VARCHAR NOT NULL, seq INTEGER NOT NULL,
              actor_id VARCHAR NOT NULL, name VARCHAR, text VARCHAR, country VARCHAR, type VARCHAR, known BOOLEAN,
              start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL)""",
            """
            CREATE TABLE event_counts (
              event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, count_type VARCHAR NOT NULL,
              number BIGINT NOT NULL)""",
            """
            CREATE TABLE relations (
              relation_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
              type VARCHAR NOT NULL, source_actor_id VARCHAR NOT NULL, source_start_cp INTEGER, source_end_cp INTEGER,
              target_actor_id VARCHAR, target_place_id VARCHAR, target_start_cp INTEGER, target_end_cp INTEGER,
              date VARCHAR, evidence_start_cp INTEGER NOT NULL, evidence_end_cp INTEGER NOT NULL,
              trigger_start_cp INTEGER, trigger_end_cp INTEGER)""",
            """
            CREATE TABLE counts (
              article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, type VARCHAR NOT NULL, number BIGINT NOT NULL,
              qualifier VARCHAR, victims VARCHAR, place VARCHAR,
              evidence_start_cp INTEGER NOT NULL, evidence_end_cp INTEGER NOT NULL)""",
            """
            CREATE TABLE clusters (
              cluster_id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, mode VARCHAR, modality VARCHAR,
              date_value VARCHAR, date_precision VARCHAR, day_first DATE, day_last DATE,
              place_id VARCHAR, place_name VARCHAR, lat DOUBLE, lon DOUBLE, country VARCHAR, admin1 VARCHAR,
              geonames_id BIGINT, feature_code VARCHAR, place_precision VARCHAR,
              cameo_root VARCHAR, quad_class INTEGER, acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
              num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
              first_published DATE, source_url VARCHAR)""",
            "CREATE TABLE cluster_members (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL)",
            """
            CREATE TABLE cluster_actors (
              cluster_id VARCHAR NOT NULL, role VARCHAR NOT NULL, rank INTEGER NOT NULL, actor_id VARCHAR NOT NULL,
              name VARCHAR, type VARCHAR, country VARCHAR, mentions INTEGER NOT NULL)""",
            """
            CREATE TABLE cluster_counts (
              cluster_id VARCHAR NOT NULL, count_type VARCHAR NOT NULL, number BIGINT NOT NULL)""",
            // generation counts writes; clustered_generation is the generation the clusters were computed at
            "CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value BIGINT NOT NULL)",
            "INSERT INTO store_meta VALUES ('generation', 0), ('clustered_generation', 0)");

    /**
     * Version 2: cluster members name their article; cluster counts keep the best-attested figure and
     * the lowest and highest reported. The cluster tables are derived, so they are rebuilt empty and
     * marked stale (clustered generation -1) to be recomputed with this version's rule on first read.
     */
    static final List<String> V2 = List.of(
            "DROP TABLE cluster_members",
            """
            CREATE TABLE cluster_members (
              event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL)""",
            "DROP TABLE cluster_counts",
            """
            CREATE TABLE cluster_counts (
              cluster_id VARCHAR NOT NULL, count_type VARCHAR NOT NULL, number BIGINT NOT NULL,
              low BIGINT NOT NULL, high BIGINT NOT NULL)""",
            "DELETE FROM clusters",
            "DELETE FROM cluster_actors",
            "UPDATE store_meta SET value = -1 WHERE key = 'clustered_generation'");

    /**
     * Version 3: a relation keeps the end the text states ("until", "lost control of", a later capture
     * in the same article), which the control view reads. Stored relations had none kept: they stay null.
     */
    static final List<String> V3 = List.of("ALTER TABLE relations ADD COLUMN end_date VARCHAR");

    /**
     * Live sources ({@code faultline watch}): per source its last poll, health and conditional-request
     * validators; per fetched article URL (canonical) its source, fetch time and outcome, so that a
     * restarted watcher fetches nothing it already stored. Times are UTC.
     */
    static final List<String> V4 = List.of(
            """
            CREATE TABLE sources (
              url VARCHAR PRIMARY KEY, last_poll TIMESTAMP, next_poll TIMESTAMP, status VARCHAR, last_error VARCHAR,
              etag VARCHAR, last_modified VARCHAR, polls BIGINT NOT NULL, failures INTEGER NOT NULL,
              entries BIGINT NOT NULL, stored BIGINT NOT NULL)""",
            """
            CREATE TABLE source_articles (
              url VARCHAR PRIMARY KEY, source_url VARCHAR NOT NULL, fetched_at TIMESTAMP NOT NULL,
              article_id VARCHAR, outcome VARCHAR NOT NULL, detail VARCHAR)""");

    /**
     * Version 5: how each event role got its actor ({@code org.faultline.analysis.RoleBasis}: 'stated',
     * 'anaphora', 'continued', 'counterpart', ...). Roles stored before were not told apart: they read
     * 'unrecorded', as do roles imported from an older Parquet export (the column's default).
     */
    static final List<String> V5 = List.of(
            "ALTER TABLE event_actors ADD COLUMN basis VARCHAR DEFAULT 'unrecorded'"); // DuckDB adds no NOT NULL

    private Schema() {
    }
}
