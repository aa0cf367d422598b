/**
 * DataSnapshot, the orchestration entry point (get_or_build, get_projection, the projection-only path): the only domain code that touches the ports.
 */
package org.dashboard.snapshot.domain.service;
