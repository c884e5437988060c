package org.faultline.store.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX writing for the graph formats: the JDK escapes text and attributes. */
final class Xml {
    private Xml() {
    }

    /** Starts a document whose root element {@code root} has {@code ns} as its default namespace. */
    static XMLStreamWriter start(Writer out, String ns, String root) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.setDefaultNamespace(ns);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement(ns, root);
        x.writeDefaultNamespace(ns);
        return x;
    }

    /** Closes every open element and the document. */
    static void end(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndDocument();
        x.writeCharacters("\n");
        x.flush();
    }
}
