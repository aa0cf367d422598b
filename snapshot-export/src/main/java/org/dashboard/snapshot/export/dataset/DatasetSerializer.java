package org.dashboard.snapshot.export.dataset;

import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;

/**
 * The seam between the export and one dataset: renders the dataset's header and rows from a snapshot bundle and
 * the export request. A serializer is a pure transform: it reads the bundle's projections (and, for
 * dashboard_metadata, its metadata and the request), never an oracle, a cache or a clock. It is called only when
 * every projection it requires is published (ready or partial). An exception it throws is contained by the
 * export as {@code serializer_error}.
 */
@FunctionalInterface
public interface DatasetSerializer {

    /** The dataset as a table of formatted cells; a table without rows means the dataset has no data. */
    CsvTable serialize(Snapshot bundle, ExportRequest request);
}
