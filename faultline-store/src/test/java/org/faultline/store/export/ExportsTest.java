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
    void ploverJsonLines() throws Exception {
        List<JsonNode> recs = jsonLines(export(ExportFormat.plover, QueryFilter.all()));
        assertEquals(3, recs.size());
        JsonNode mosul = recs.get(0);
        assertEquals("afp-1#e1", mosul.get("id").asText());
        assertEquals("2016-06-05", mosul.get("date").asText());
        assertEquals("ASSAULT", mosul.get("event").get(0).asText());
        assertEquals("heavy-weapons", mosul.get("mode").get(0).asText());
        assertEquals("ISIS", mosul.get("source").get(0).get("identifier_id").asText());
        assertEquals("INS", mosul.get("source").get(0).get("sector").asText());
        assertEquals("IRQ", mosul.get("recipient").get(0).get("code").asText());
        assertEquals("CVL", mosul.get("recipient").get(0).get("sector").asText());
        assertEquals(36.335, mosul.get("event_loc").get("latitude").asDouble());
        assertEquals("IQ", mosul.get("event_loc").get("country code").asText());
        assertEquals(99072, mosul.get("event_loc").get("geonameid").asLong());
        assertEquals(1, mosul.get("event_text").size()); // the three reports share one sentence text
        assertEquals(4, mosul.get("quad_code").asInt());
        assertEquals(3, mosul.get("cite_info").size());
        assertEquals("2016-06-09", mosul.get("story_date").asText());
        assertEquals(3, mosul.get("num_mentions").asInt());
        assertEquals(15, mosul.get("counts").get("killed").asInt());
    }

    @Test
    void acledCsv() throws Exception {
        List<List<String>> rows = CsvReader.parse(export(ExportFormat.acled, QueryFilter.all()));
        assertEquals(AcledCsv.COLUMNS, rows.get(0));
        assertEquals(4, rows.size());
        Map<String, String> mosul = record(rows, 1);
        assertEquals("2016-06-05", mosul.get("event_date"));
        assertEquals("Explosions/Remote violence", mosul.get("event_type"));
        assertEquals("Islamic State", mosul.get("actor1"));
        assertEquals("2", mosul.get("inter1"));
        assertEquals("civilians", mosul.get("actor2"));
        assertEquals("7", mosul.get("inter2"));
        assertEquals("27", mosul.get("interaction"));
        assertEquals("Iraq", mosul.get("country"));
        assertEquals("Nineveh", mosul.get("admin1"));
        assertEquals("Mosul", mosul.get("location"));
        assertEquals("1", mosul.get("geo_precision"));
        assertEquals("1", mosul.get("time_precision"));
        assertEquals("AFP; BBC", mosul.get("source"));
        assertEquals("15", mosul.get("fatalities")); // 12 and 15 reported once each: the higher
        assertTrue(mosul.get("notes").contains(","), "a quoted field with a comma: " + mosul.get("notes"));
        Map<String, String> kirkuk = record(rows, 3);
        assertEquals("Iraq military", kirkuk.get("actor1"));
        assertEquals("12", kirkuk.get("interaction"));
        assertEquals("4", kirkuk.get("fatalities"));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() throws Exception {
        StringWriter w = new StringWriter();
        Csv.row(w, List.of("plain", "a,b", "say \"no\"", "two\nlines", ""));
        assertEquals(List.of(List.of("plain", "a,b", "say \"no\"", "two\nlines", "")), CsvReader.parse(w.toString()));
    }

    @Test
    void gdeltTsv() throws Exception {
        String[] lines = export(ExportFormat.gdelt, QueryFilter.all()).split("\n");
        assertEquals(4, lines.length);
        List<String> header = List.of(lines[0].split("\t", -1));
        assertEquals(GdeltTsv.COLUMNS, header);
        for (String l : lines) {
            assertEquals(header.size(), l.split("\t", -1).length);
        }
        String[] mosul = lines[1].split("\t", -1);
        assertEquals("20160605", mosul[header.indexOf("SQLDATE")]);
        assertEquals("INS", mosul[header.indexOf("Actor1Code")]);
        assertEquals("IRQCVL", mosul[header.indexOf("Actor2Code")]);
        assertEquals("19", mosul[header.indexOf("EventRootCode")]);
        assertEquals("4", mosul[header.indexOf("QuadClass")]);
        assertEquals("3", mosul[header.indexOf("NumMentions")]);
        assertEquals("2", mosul[header.indexOf("NumSources")]);
        assertEquals("3", mosul[header.indexOf("NumArticles")]);
        assertEquals("4", mosul[header.indexOf("ActionGeo_Type")]);
        assertEquals("Mosul, Nineveh, Iraq", mosul[header.indexOf("ActionGeo_FullName")]);
        assertEquals("36.335", mosul[header.indexOf("ActionGeo_Lat")]);
        assertEquals("https://bbc.co.uk/1", mosul[header.indexOf("SOURCEURL")]);
        assertEquals(String.valueOf(GdeltTsv.globalId("afp-1#e1")), mosul[0]);
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

    private static Map<String, String> record(List<List<String>> rows, int i) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            out.put(rows.get(0).get(c), rows.get(i).get(c));
        }
        return out;
    }
}
