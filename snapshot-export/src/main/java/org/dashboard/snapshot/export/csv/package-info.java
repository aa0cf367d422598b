/**
 * CSV bytes and cell formats of DOMAIN.md 5: RFC 4180 with CRLF, minimal quoting, the formula-injection guard, and
 * locale-independent number and date formats. Depends on the JDK only.
 */
package org.dashboard.snapshot.export.csv;
