package org.dashboard.snapshot.export.planted;

/** Planted violation: the export depending on Micrometer. */
public class ExportUsingMicrometer {
    io.micrometer.core.instrument.MeterRegistry registry;
}
