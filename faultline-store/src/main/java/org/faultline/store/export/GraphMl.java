package org.faultline.store.export;

import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.faultline.store.ActorNetwork;

/**
 * The actor network as GraphML (directed; parallel edges for different relation types), with node keys
 * label/type/country and edge keys relation/weight/first_date/last_date. Gephi, yEd, networkx and
 * igraph read it.
 */
public final class GraphMl {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    public static void write(ActorNetwork.Graph g, Writer out) throws XMLStreamException {
        XMLStreamWriter x = Xml.start(out, NS, "graphml");
        x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key(x, "label", "node", "string");
        key(x, "type", "node", "string");
        key(x, "country", "node", "string");
        key(x, "relation", "edge", "string");
        key(x, "weight", "edge", "double");
        key(x, "first_date", "edge", "string");
        key(x, "last_date", "edge", "string");
        x.writeStartElement(NS, "graph");
        x.writeAttribute("id", "actors");
        x.writeAttribute("edgedefault", "directed");
        for (ActorNetwork.Node n : g.nodes()) {
            x.writeStartElement(NS, "node");
            x.writeAttribute("id", n.id());
            data(x, "label", n.name());
            data(x, "type", n.type());
            data(x, "country", n.country());
            x.writeEndElement();
        }
        int i = 0;
        for (ActorNetwork.Edge e : g.edges()) {
            x.writeStartElement(NS, "edge");
            x.writeAttribute("id", "e" + ++i);
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            data(x, "relation", e.relation());
            data(x, "weight", String.valueOf(e.weight()));
            data(x, "first_date", e.first() == null ? null : e.first().toString());
            data(x, "last_date", e.last() == null ? null : e.last().toString());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        Xml.end(x);
    }

    private static void key(XMLStreamWriter x, String name, String forWhat, String type) throws XMLStreamException {
        x.writeEmptyElement(NS, "key");
        x.writeAttribute("id", name);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement(NS, "data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
