package dk.infoskaerm.server.sources;

/**
 * A source as stored: its settings, its health, and the validators for the next conditional GET.
 *
 * @param source the settings
 * @param health how its imports have gone
 * @param etag the ETag of the last response, or null
 * @param lastModified the Last-Modified of the last response, or null
 */
record StoredSource(Source source, SourceHealth health, String etag, String lastModified) {
}
