package fr.bocage.ingest.worker;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import fr.bocage.ingest.extraction.WorkerProtocol;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;


/**
 * Main class of an extraction worker process: answers requests from stdin on stdout until stdin closes.
 * Started and killed by WorkerPoolExtractor.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        // stdout carries the protocol: anything a parser prints must go elsewhere.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));

        TikaExtraction extraction = new TikaExtraction();
        WorkerProtocol.writeReady(out);
        out.flush();
        while (true) {
            WorkerProtocol.Request request;
            try {
                request = WorkerProtocol.readRequest(in);
            } catch (EOFException e) {
                return;
            }
            try {
                WorkerProtocol.writeResult(out, extraction.extract(request));
                out.flush();
            } catch (OutOfMemoryError e) {
                // The heap may be in any state now: answer, then let the server start a fresh worker.
                WorkerProtocol.writeResult(out, ExtractionResult.failure(ExtractionStatus.FAILED,
                        "out of memory (worker heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)", 0));
                out.flush();
                System.exit(3);
            }
        }
    }
}
