package org.faultline.store.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import org.faultline.store.ActorNetwork;
import org.faultline.store.QueryFilter;
import org.faultline.store.Store;
import org.faultline.store.StoreException;

/**
 * Writes the events matching a filter in one of the single-file formats. The graph formats take the
 * actor network of the filter's date range (the other filter fields do not apply to relations).
 */
public final class Exports {
    private Exports() {
    }

    /** Writes the export and reports how many records it wrote and which events it had to leave out. */
    public static ExportReport write(Store store, ExportFormat format, QueryFilter filter, Writer out)
            throws IOException {
        ExportReport report;
        try {
            report = switch (format) {
                case plover -> PloverJson.write(store.events(filter), out);
                case acled -> AcledCsv.write(store.events(filter), out);
                case gdelt -> GdeltTsv.write(store.events(filter), out);
                case geojson -> GeoJson.write(store.events(filter), out);
                case graphml -> graph(store, filter, g -> GraphMl.write(g, out));
                case gexf -> graph(store, filter, g -> Gexf.write(g, out));
                case parquet -> throw new StoreException("parquet export writes a folder: use ParquetTransfer");
            };
        } catch (XMLStreamException e) {
            throw new IOException("writing " + format + " failed: " + e.getMessage(), e);
        }
        out.flush();
        return report;
    }

    private interface GraphWriter {
        void write(ActorNetwork.Graph g) throws XMLStreamException;
    }

    /** Graph formats report their edges (relations) as records. */
    private static ExportReport graph(Store store, QueryFilter filter, GraphWriter writer) throws XMLStreamException {
        ActorNetwork.Graph g = ActorNetwork.build(store, filter.from(), filter.to());
        writer.write(g);
        return ExportReport.of(g.edges().size());
    }
}
