package fr.bocage.training.registrants;

import fr.bocage.platform.CsvSheet;
import fr.bocage.platform.Messages;
import fr.bocage.event.calendar.EventCalendar;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A webinar's registrants for the trainer's spreadsheet, as a French spreadsheet opens it at a double click: UTF-8
 * with its byte order mark, « ; » between fields, French words and Paris times. Whatever a registrant typed that a
 * spreadsheet would run as a formula is shown as text (OWASP's CSV injection advice).
 */
final class RegistrantsCsv {
    private static final char BOM = '\uFEFF';
    private static final String[] HEADER = {"id", "nom", "email", "structure", "statut", "position", "inscription",
            "consentement", "présent"};
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(EventCalendar.ZONE);

    private RegistrantsCsv() {
    }

    static String write(List<RegistrationView> registrations) {
        StringWriter out = new StringWriter().append(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADER).get();
        try (CSVPrinter printer = format.print(out)) {
            for (RegistrationView r : registrations) {
                printer.printRecord(r.id(), text(r.name()), text(r.email()), text(r.organisation()),
                        Messages.get("registrants.csv.status." + r.status()), r.position(), time(r.registeredAt()),
                        time(r.consentAt()), r.attended() == null ? "" : Messages.get("registrants.csv." + r.attended()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Typed text that a spreadsheet would take for a formula gets a leading apostrophe, which shows it as text. */
    static String text(String typed) {
        return CsvSheet.text(typed);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : LOCAL_TIME.format(instant);
    }
}
