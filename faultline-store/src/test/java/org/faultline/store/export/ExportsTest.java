package org.faultline.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.faultline.store.Fixtures;
import org.faultline.store.QueryFilter;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every export format, read back with a parser for that format. */
class ExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("x.db"));
        Fixtures.corpus().forEach(store::put);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(ExportFormat f, QueryFilter filter) throws IOException {
        StringWriter w = new StringWriter();
        Exports.write(store, f, filter, w);
        return w.toString();
    }

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void csvQuotesWhatNeedsQuoting() throws Exception {
        StringWriter w = new StringWriter();
        Csv.row(w, List.of("plain", "a,b", "say \"no\"", "two\nlines", ""));
        assertEquals(List.of(List.of("plain", "a,b", "say \"no\"", "two\nlines", "")), CsvReader.parse(w.toString()));
    }

    @Test
    void geoJson() throws Exception {
        JsonNode fc = JSON.readTree(export(ExportFormat.geojson, QueryFilter.all().withType("ASSAULT")));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            double lon = f.get("geometry").get("coordinates").get(0).asDouble();
            double lat = f.get("geometry").get("coordinates").get(1).asDouble();
            assertTrue(lon > 40 && lon < 46 && lat > 33 && lat < 37, lon + "," + lat);
            assertEquals("ASSAULT", f.get("properties").get("event_type").asText());
        }
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphMl() throws Exception {
        Document d = xml(export(ExportFormat.graphml, QueryFilter.all()));
        Element root = d.getDocumentElement();
        assertEquals("graphml", root.getLocalName());
        assertEquals(GraphMl.NS, root.getNamespaceURI());
        assertEquals(7, d.getElementsByTagNameNS(GraphMl.NS, "key").getLength());
        Element graph = (Element) d.getElementsByTagNameNS(GraphMl.NS, "graph").item(0);
        assertEquals("directed", graph.getAttribute("edgedefault"));
        assertEquals(4, d.getElementsByTagNameNS(GraphMl.NS, "node").getLength());
        NodeList edges = d.getElementsByTagNameNS(GraphMl.NS, "edge");
        assertEquals(2, edges.getLength());
        Element support = (Element) edges.item(1);
        assertEquals("YPG", support.getAttribute("source"));
        assertEquals("SDF", support.getAttribute("target"));
        assertEquals(Map.of("relation", "SUPPORTS", "weight", "2", "first_date", "2016-06-09", "last_date", "2016-06-09"),
                data(support, GraphMl.NS, "data", "key"));
        Element ypg = (Element) d.getElementsByTagNameNS(GraphMl.NS, "node").item(3);
        assertEquals("People's Protection Units", data(ypg, GraphMl.NS, "data", "key").get("label"));
    }

    @Test
    void gexf() throws Exception {
        Document d = xml(export(ExportFormat.gexf, QueryFilter.all()));
        Element root = d.getDocumentElement();
        assertEquals("gexf", root.getLocalName());
        assertEquals(Gexf.NS, root.getNamespaceURI());
        assertEquals("1.2", root.getAttribute("version"));
        assertEquals(2, d.getElementsByTagNameNS(Gexf.NS, "attributes").getLength());
        assertEquals(4, d.getElementsByTagNameNS(Gexf.NS, "node").getLength());
        NodeList edges = d.getElementsByTagNameNS(Gexf.NS, "edge");
        assertEquals(2, edges.getLength());
        Element support = (Element) edges.item(1);
        assertEquals("2", support.getAttribute("weight"));
        assertEquals("SUPPORTS", support.getAttribute("label"));
        assertEquals(Map.of("0", "SUPPORTS", "1", "2016-06-09", "2", "2016-06-09"),
                data(support, Gexf.NS, "attvalue", "for"));
        // a date range leaves out relations stated outside it
        Document june = xml(export(ExportFormat.gexf, QueryFilter.all().between(null, java.time.LocalDate.of(2016, 6, 15))));
        assertEquals(1, june.getElementsByTagNameNS(Gexf.NS, "edge").getLength());
    }

    /** key attribute to text (GraphML data) or to the value attribute (GEXF attvalue) of child elements. */
    private static Map<String, String> data(Element parent, String ns, String tag, String keyAttr) {
        Map<String, String> out = new java.util.TreeMap<>();
        NodeList list = parent.getElementsByTagNameNS(ns, tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.put(e.getAttribute(keyAttr), e.hasAttribute("value") ? e.getAttribute("value") : e.getTextContent());
        }
        return out;
    }

    @Test
    void queryOutputsCsvJsonlAndTable() throws Exception {
        StringWriter csv = new StringWriter();
        EventRows.csv(store.events(QueryFilter.all()), csv);
        List<List<String>> rows = CsvReader.parse(csv.toString());
        assertEquals(EventRows.COLUMNS, rows.get(0));
        assertEquals(4, rows.size());
        StringWriter jsonl = new StringWriter();
        EventJson.write(store.events(QueryFilter.all()), jsonl);
        List<JsonNode> recs = jsonLines(jsonl.toString());
        assertEquals(3, recs.get(0).get("evidence").size());
        assertEquals("Mosul", recs.get(0).get("place").get("name").asText());
        assertEquals(15, recs.get(0).get("counts").get("killed").asInt());
        assertEquals(12, recs.get(0).get("count_ranges").get("killed").get("low").asInt());
        assertEquals(15, recs.get(0).get("count_ranges").get("killed").get("high").asInt());
        assertEquals(3, recs.get(0).get("members").size());
        assertEquals("bbc-1", recs.get(0).get("members").get(1).get("article_id").asText());
        Map<String, String> first = record(rows, 1);
        assertEquals("killed=12-15", first.get("count_ranges"));
        assertEquals("afp-1#e1 bbc-1#e1 bbc-2#e1", first.get("members"));
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        EventRows.table(store.events(QueryFilter.all()), new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
        String table = buf.toString(StandardCharsets.UTF_8);
        assertTrue(table.startsWith("date"), table);
        assertTrue(table.contains("(3 events)"), table);
    }

    /** Row i of a CSV with a header row, by column name. */
    private static Map<String, String> record(List<List<String>> rows, int i) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            out.put(rows.get(0).get(c), rows.get(i).get(c));
        }
        return out;
    }

    @Test
    void acledFatalitiesAreTheBestAttestedTollNotTheLowest() throws Exception {
        List<List<String>> rows = CsvReader.parse(export(ExportFormat.acled, QueryFilter.all()));
        Map<String, String> mosul = record(rows, 1);
        assertEquals("Mosul", mosul.get("location"));
        assertEquals("15", mosul.get("fatalities")); // 12 and 15 reported once each: the higher
    }
}
