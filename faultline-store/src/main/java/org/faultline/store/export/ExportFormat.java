package org.faultline.store.export;

/** The formats of {@code faultline export}. Parquet writes a folder, the others one file (or stdout). */
public enum ExportFormat { plover, acled, gdelt, geojson, graphml, gexf, parquet }
