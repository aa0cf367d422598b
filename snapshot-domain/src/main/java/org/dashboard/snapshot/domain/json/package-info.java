/**
 * The domain's framework-free JSON values: oracle payloads and request bodies as received, and their canonical text.
 */
package org.dashboard.snapshot.domain.json;
