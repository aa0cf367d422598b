package org.dashboard.snapshot.export;

import java.util.Arrays;
import java.util.Objects;

/**
 * A built export: the ZIP bytes, the manifest (also when it was not written into the ZIP) and the file name for
 * {@code Content-Disposition}.
 *
 * @param zip the ZIP archive (a copy is kept and handed out)
 * @param manifest what the archive contains and why anything is missing
 * @param filename {@code dashboard_export_<section id>_<course | container-<id>>_<YYYY-MM-DD>.zip}
 */
public record ExportArchive(byte[] zip, Manifest manifest, String filename) {
    /** The media type of the archive. */
    public static final String CONTENT_TYPE = "application/zip";

    public ExportArchive {
        zip = Objects.requireNonNull(zip, "zip").clone();
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(filename, "filename");
    }

    @Override
    public byte[] zip() {
        return zip.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportArchive that && Arrays.equals(zip, that.zip) && manifest.equals(that.manifest)
                && filename.equals(that.filename);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(zip), manifest, filename);
    }

    @Override
    public String toString() {
        return "ExportArchive[" + filename + ", " + zip.length + " bytes]";
    }
}
