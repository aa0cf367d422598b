package org.dashboard.snapshot.export.planted;

import org.dashboard.snapshot.domain.port.OracleResultCache;

/** Planted violation: the export reaching the cache port. */
public class ExportReadingTheCache {
    OracleResultCache cache;
}
