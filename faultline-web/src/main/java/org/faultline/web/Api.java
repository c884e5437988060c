package org.faultline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.geo.Admin1Extents;
import org.faultline.ingest.Article;
import org.faultline.ingest.JsonlReader;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.faultline.pipeline.ArticleSkippedException;
import org.faultline.pipeline.TimeLimitedAnalyzer;
import org.faultline.store.ActorNetwork;
import org.faultline.store.Browse;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.ControlQuery;
import org.faultline.store.Ingest;
import org.faultline.store.PlaceLookup;
import org.faultline.store.PutResult;
import org.faultline.store.QueryFilter;
import org.faultline.store.Stats;
import org.faultline.store.StoreAccess;

/**
 * The handlers of {@code /api}. Every store access is a read or a write through {@link StoreAccess}
 * (serialised on one connection; {@code faultline serve} holds the file read-only between writes so that
 * other processes can read it); analysis (the slow part) runs outside both.
 */
final class Api {
    /** The largest article text {@code POST /api/analyze} accepts (characters): all of it is analysed. */
    static final int MAX_ANALYZE_CHARS = Article.MAX_ANALYSED_CHARS;
    static final int MAX_PAGE = 1000;

    private final StoreAccess store;
    private final Supplier<? extends Analyzer> analyzers;
    private final ServerOptions options;
    private final AnalysisGate gate;
    private final ObjectMapper mapper = WebServer.mapper();
    private TimeLimitedAnalyzer analyzer;

    Api(StoreAccess store, Supplier<? extends Analyzer> analyzers, ServerOptions options) {
        this.store = store;
        this.analyzers = analyzers;
        this.options = options;
        this.gate = new AnalysisGate(options.analysisWorkers(), options.analysisQueue(),
                options.analysisTimeout().toMillis());
    }

    /**
     * Write endpoints need {@code Authorization: Bearer TOKEN}. Without a configured token writing is
     * off (403): a server on a shared machine must not let any local process fill the store.
     */
    private void requireToken(Context ctx) {
        String token = options.token();
        if (token == null) {
            throw new ApiError(403, "writing is disabled: start faultline serve with --token or set "
                    + ServerOptions.TOKEN_ENV + ", then send Authorization: Bearer <token>");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, header == null ? "this endpoint writes to the store: send Authorization: Bearer <token>"
                    : "wrong token");
        }
    }

    void routes(Javalin app) {
        app.get("/openapi.json", this::openapi);
        app.get("/api/events", this::events);
        app.get("/api/events/points", this::points);
        // ids hold "/" (actors: USA/MIL) and "#" (events: article#e1): a path takes the rest of it, slashes
        // included ("#" sent as %23), and the singular forms take it as a query parameter (?id=USA/MIL)
        app.get("/api/events/<id>", this::event);
        app.get("/api/event", this::event);
        app.get("/api/actors", this::actors);
        app.get("/api/actors/<id>", this::actor);
        app.get("/api/actor", this::actor);
        app.get("/api/places", this::places);
        app.get("/api/divisions", this::divisions);
        app.get("/api/network", this::network);
        app.get("/api/control", this::control);
        app.get("/api/stats", this::stats);
        app.get("/api/articles", this::articles);
        app.get("/api/articles/<id>", this::article);
        app.get("/api/article", this::article);
        app.post("/api/articles", this::ingest);
        app.post("/api/analyze", this::analyze);
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("/web-api/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void events(Context ctx) {
        QueryFilter f = Params.filter(ctx);
        String sort = Params.text(ctx, "sort");
        String order = Params.text(ctx, "order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw ApiError.badRequest("order must be asc or desc, got " + order);
        }
        if (sort != null && !Browse.SORTS.containsKey(sort)) {
            throw ApiError.badRequest("sort must be one of " + new java.util.TreeSet<>(Browse.SORTS.keySet()) + ", got " + sort);
        }
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_PAGE);
        Browse.Page page = browse(b -> b.page(f, sort == null ? "date" : sort, "desc".equals(order), offset, limit));
        ctx.json(Map.of("total", page.total(), "offset", page.offset(), "limit", limit, "events", page.events()));
    }

    private void points(Context ctx) {
        QueryFilter f = Params.filter(ctx);
        List<Browse.Point> points = browse(b -> b.points(f));
        ctx.json(Map.of("total", points.size(), "points", points));
    }

    private void event(Context ctx) {
        String id = id(ctx);
        List<Map<String, Object>> articles = new ArrayList<>();
        List<Browse.Role> roles = new ArrayList<>();
        CanonicalEvent e = browse(b -> {
            CanonicalEvent found = b.event(id);
            if (found == null) {
                throw ApiError.notFound("no event " + id);
            }
            for (String aid : found.evidence().stream().map(CanonicalEvent.Evidence::articleId).distinct().toList()) {
                Browse.ArticleView a = b.article(aid);
                if (a != null) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", a.id());
                    m.put("title", a.title());
                    m.put("published", a.published());
                    m.put("source", a.source());
                    m.put("url", a.url());
                    articles.add(m);
                }
            }
            roles.addAll(b.roles(found.members().stream().map(CanonicalEvent.Member::eventId).toList()));
            return found;
        });
        ctx.json(Map.of("event", e, "articles", articles, "roles", roles));
    }

    private void actors(Context ctx) {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_PAGE);
        ctx.json(Map.of("actors", browse(b -> b.actors(q, limit))));
    }

    private void actor(Context ctx) {
        String id = id(ctx);
        Browse.Dossier d = browse(b -> b.dossier(id));
        if (d == null) {
            throw ApiError.notFound("no actor " + id);
        }
        ctx.json(d);
    }

    /** GET /api/places?q=: the typeahead of stored places and divisions by any spelling (see {@link PlaceLookup}). */
    private void places(Context ctx) {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 20, 1, MAX_PAGE);
        ctx.json(Map.of("places", store.read(s -> PlaceLookup.of(s).suggest(q, limit))));
    }

    /**
     * GET /api/divisions with the event filters: events and fatalities per first-level division, each with
     * its approximate extent (the hull of its GeoNames places, {@link Admin1Extents}) for the choropleth.
     */
    private void divisions(Context ctx) {
        QueryFilter f = Params.filter(ctx);
        List<Browse.Division> rows = browse(b -> b.divisions(f));
        Admin1Extents extents = Admin1Extents.loadDefault();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Browse.Division d : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("country", d.country());
            m.put("admin1", d.admin1());
            m.put("events", d.events());
            m.put("fatalities", d.fatalities());
            m.put("hull", extents.hull(d.country(), d.admin1()));
            out.add(m);
        }
        ctx.json(Map.of("divisions", out));
    }

    private void network(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        ctx.json(store.read(s -> ActorNetwork.build(s, from, to)));
    }

    /**
     * GET /api/control?place=P&amp;at=D: who controls the places P names on D, with the history behind it;
     * without place, every place some party controls on D (for the map). {@code at} defaults to today.
     */
    private void control(Context ctx) {
        LocalDate at = Params.date(ctx, "at");
        LocalDate day = at == null ? LocalDate.now() : at;
        String place = Params.text(ctx, "place");
        if (place == null) {
            ctx.json(Map.of("at", day.toString(), "places", store.read(s -> ControlQuery.withGazetteer(s).all(day))));
            return;
        }
        var answers = store.read(s -> ControlQuery.withGazetteer(s).at(place, day));
        if (answers.isEmpty()) {
            throw ApiError.notFound("no stored place named " + place + " is said to be held by anyone");
        }
        ctx.json(Map.of("at", day.toString(), "place", place, "answers", answers));
    }

    private void stats(Context ctx) {
        QueryFilter f = Params.filter(ctx);
        int top = Params.integer(ctx, "top", 10, 1, MAX_PAGE);
        ctx.json(Map.of("tables", store.read(s -> Stats.compute(s, f, top))));
    }

    private void articles(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_PAGE);
        ctx.json(Map.of("total", store.read(s -> s.count("articles")), "offset", offset,
                "articles", browse(b -> b.articles(offset, limit))));
    }

    private void article(Context ctx) {
        String id = id(ctx);
        Browse.ArticleView a = browse(b -> b.article(id));
        if (a == null) {
            throw ApiError.notFound("no article " + id);
        }
        ctx.json(a);
    }

    /** POST /api/articles: a JSON Lines body of articles (FORMAT.md section 1), analysed and stored. */
    private void ingest(Context ctx) throws IOException {
        requireToken(ctx);
        byte[] body = body(ctx, options.maxBodyBytes());
        if (body.length == 0) {
            throw ApiError.badRequest("empty body: send JSON Lines articles, one {\"id\", \"text\", ...} per line");
        }
        Path tmp = Files.createTempFile("faultline-upload", ".jsonl");
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            Files.write(tmp, body);
            String prefix = tmp.toString();
            new JsonlReader().read(tmp, null, (ReadResult r) -> {
                if (r.isArticle()) {
                    articles.add(r.article());
                } else {
                    problems.add(r.problem().toString().replace(prefix, "line"));
                }
            });
        } finally {
            Files.deleteIfExists(tmp);
        }
        if (articles.isEmpty()) {
            throw ApiError.badRequest(problems.isEmpty() ? "no articles in the body" : String.join("; ", problems));
        }
        Map<String, Integer> done = new LinkedHashMap<>();
        for (PutResult p : PutResult.values()) {
            done.put(p.name().toLowerCase(java.util.Locale.ROOT), 0);
        }
        List<String> failed = new ArrayList<>();
        // analysed outside any store session; the file is held for writing only while storing
        List<Ingest.Outcome> outcomes = gate.run(client(ctx), () -> Ingest.through(store, a -> analyzer().analyze(a), articles));
        List<String> skipped = new ArrayList<>(); // not English, or not conflict news: said, not a failure
        for (Ingest.Outcome o : outcomes) {
            if (o.error() instanceof ArticleSkippedException skip) {
                skipped.add(skip.getMessage());
            } else if (o.result() == null) {
                failed.add(o.article().id() + ": " + o.error().getMessage());
            } else {
                done.merge(o.result().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(done);
        out.put("failed", failed);
        out.put("skipped", skipped);
        out.put("problems", problems);
        ctx.status(failed.size() == articles.size() ? 500 : 200).json(out);
    }

    /** POST /api/analyze: {"text", "published"?, "title"?} analysed; stored too with ?store=true. */
    private void analyze(Context ctx) throws IOException {
        boolean keep = Params.flag(ctx, "store");
        if (keep) {
            requireToken(ctx);
        }
        byte[] body = body(ctx, Math.min(options.maxBodyBytes(), 4L * MAX_ANALYZE_CHARS + 4096));
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("body must be JSON {\"text\": ..., \"published\"?: \"YYYY-MM-DD\", \"title\"?: ...}");
        }
        if (json == null || !json.isObject()) {
            throw ApiError.badRequest("body must be a JSON object {\"text\": ...}");
        }
        JsonNode text = json.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw ApiError.badRequest("text is required (a non-empty string)");
        }
        if (text.asText().length() > MAX_ANALYZE_CHARS) {
            throw new ApiError(413, "text is longer than " + MAX_ANALYZE_CHARS + " characters");
        }
        LocalDate published = null;
        JsonNode pub = json.get("published");
        if (pub != null && !pub.isNull() && !(pub.isTextual() && pub.asText().isBlank())) {
            try {
                published = LocalDate.parse(pub.asText().strip());
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("published must be a date YYYY-MM-DD, got " + pub.asText());
            }
        }
        String title = optional(json, "title");
        String id = optional(json, "id");
        if (id == null) {
            id = "pasted-" + sha1(text.asText()).substring(0, 12);
        }
        Article article = new Article(id, published, title, optional(json, "source"), optional(json, "url"),
                text.asText(), "POST /api/analyze");
        Analysis analysis = gate.run(client(ctx), () -> analyzer().analyze(article));
        Map<String, Object> out = new LinkedHashMap<>();
        if (keep) {
            PutResult r = store.write(s -> s.put(analysis));
            out.put("stored", r.name().toLowerCase(java.util.Locale.ROOT));
        }
        out.put("analysis", AnalysisJson.toJson(analysis));
        ctx.json(out);
    }

    /** The id of a singular resource: the rest of the path, or the {@code id} query parameter. */
    private static String id(Context ctx) {
        String id = ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id") : Params.text(ctx, "id");
        if (id == null || id.isBlank()) {
            throw ApiError.badRequest("id is required: " + ctx.path() + "?id=...");
        }
        return id;
    }

    private static String client(Context ctx) {
        return AnalysisGate.clientOf(ctx.ip(), ctx.header(AnalysisGate.CLIENT_HEADER));
    }

    /** A store read through {@link Browse}. */
    private <T> T browse(Function<Browse, T> read) {
        return store.read(s -> read.apply(new Browse(s)));
    }

    /** The analyzer with the per-article time limit, built on first use (loading CoreNLP takes seconds). */
    synchronized Analyzer analyzer() {
        if (analyzer == null) {
            // its pool is a little larger than the gate's: timed-out analyses finish in the background
            analyzer = new TimeLimitedAnalyzer(analyzers.get(), options.analysisTimeout(), options.analysisWorkers() + 1,
                    options.analysisQueue() + options.analysisWorkers());
        }
        return analyzer;
    }

    synchronized void close() {
        if (analyzer != null) {
            analyzer.close();
        }
    }

    private static String optional(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest(field + " must be a string");
        }
        return v.asText().isBlank() ? null : v.asText().strip();
    }

    private static byte[] body(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new ApiError(413, "request body of " + declared + " bytes is larger than " + max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw new ApiError(413, "request body is larger than " + max + " bytes");
            }
            return b;
        }
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
