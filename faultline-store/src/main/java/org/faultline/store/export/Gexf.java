package org.faultline.store.export;

import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.faultline.store.ActorNetwork;

/**
 * The actor network as GEXF 1.2 (Gephi's own format): nodes labelled with the actor name and
 * attributes type and country; directed edges labelled with the relation type, weighted by the number
 * of supporting sentences, with first_date and last_date attributes.
 */
public final class Gexf {
    static final String NS = "http://www.gexf.net/1.2draft";

    private Gexf() {
    }

    public static void write(ActorNetwork.Graph g, Writer out) throws XMLStreamException {
        XMLStreamWriter x = Xml.start(out, NS, "gexf");
        x.writeAttribute("version", "1.2");
        x.writeStartElement(NS, "meta");
        x.writeStartElement(NS, "creator");
        x.writeCharacters("Faultline");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(NS, "graph");
        x.writeAttribute("defaultedgetype", "directed");
        x.writeAttribute("mode", "static");
        attributes(x, "node", "type", "country");
        attributes(x, "edge", "relation", "first_date", "last_date");
        x.writeStartElement(NS, "nodes");
        for (ActorNetwork.Node n : g.nodes()) {
            x.writeStartElement(NS, "node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", n.name() == null ? n.id() : n.name());
            values(x, n.type(), n.country());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement(NS, "edges");
        int i = 0;
        for (ActorNetwork.Edge e : g.edges()) {
            x.writeStartElement(NS, "edge");
            x.writeAttribute("id", String.valueOf(i++));
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            x.writeAttribute("label", e.relation());
            x.writeAttribute("weight", String.valueOf(e.weight()));
            values(x, e.relation(), e.first() == null ? null : e.first().toString(),
                    e.last() == null ? null : e.last().toString());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        Xml.end(x);
    }

    /** Declares string attributes with ids 0, 1, ... in the given order. */
    private static void attributes(XMLStreamWriter x, String forWhat, String... titles) throws XMLStreamException {
        x.writeStartElement(NS, "attributes");
        x.writeAttribute("class", forWhat);
        for (int i = 0; i < titles.length; i++) {
            x.writeEmptyElement(NS, "attribute");
            x.writeAttribute("id", String.valueOf(i));
            x.writeAttribute("title", titles[i]);
            x.writeAttribute("type", "string");
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, String... values) throws XMLStreamException {
        x.writeStartElement(NS, "attvalues");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                x.writeEmptyElement(NS, "attvalue");
                x.writeAttribute("for", String.valueOf(i));
                x.writeAttribute("value", values[i]);
            }
        }
        x.writeEndElement();
    }
}
