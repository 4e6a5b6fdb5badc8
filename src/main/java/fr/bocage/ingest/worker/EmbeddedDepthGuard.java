package fr.bocage.ingest.worker;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Refuses embedded documents nested deeper than the limit (zip in zip in zip…). It also remembers the refusal,
 * because some parsers swallow exceptions thrown while parsing an attachment.
 */
final class EmbeddedDepthGuard implements EmbeddedDocumentExtractor {

    private final EmbeddedDocumentExtractor delegate;
    private final int maxDepth;
    private int depth;
    private boolean exceeded;

    EmbeddedDepthGuard(EmbeddedDocumentExtractor delegate, int maxDepth) {
        this.delegate = delegate;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (depth >= maxDepth) {
            exceeded = true;
            throw new SAXException(message());
        }
        depth++;
        try {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    boolean exceeded() {
        return exceeded;
    }

    String message() {
        return "embedded documents nested deeper than " + maxDepth + " levels";
    }
}
