package fr.bocage.training.registrants;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A webinar's registrants as RFC 4180 CSV with a header, for the trainer's spreadsheet. */
final class RegistrantsCsv {
    private static final String[] HEADER = {"id", "nom", "email", "structure", "statut", "position", "inscription",
            "consentement", "present"};

    private RegistrantsCsv() {
    }

    static String write(List<RegistrationView> registrations) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (RegistrationView r : registrations) {
                printer.printRecord(r.id(), r.name(), r.email(), r.organisation(), r.status(), r.position(),
                        r.registeredAt(), r.consentAt(), r.attended());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
