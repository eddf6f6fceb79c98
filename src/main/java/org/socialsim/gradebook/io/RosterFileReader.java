package org.socialsim.gradebook.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.socialsim.base.UserFacingException;

/**
 * Reads an uploaded roster: an .xlsx workbook's first sheet or a CSV file, told apart by their content rather than the
 * file's name. Anything else, too large, a zip bomb, encrypted or corrupt, is refused with a message that says what to
 * do instead. Plain Java: {@code new RosterFileReader(RosterLimits.DEFAULT)}.
 */
public final class RosterFileReader {

    private final RosterLimits limits;

    public RosterFileReader(RosterLimits limits) {
        this.limits = limits;
        // POI's guards are JVM-wide settings; every .xlsx SocialSim reads comes through here, so they are set here.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    }

    /**
     * @throws UserFacingException for a file that is not a readable roster, naming why
     */
    public RosterFile read(String fileName, byte[] content) {
        if (content.length > limits.maxBytes()) {
            throw UserFacingException.because("roster.file.too-large", limits.maxBytes() / (1024 * 1024));
        }
        if (content.length == 0) {
            throw UserFacingException.because("roster.file.empty");
        }
        List<SheetRow> rows = switch (FileMagic.valueOf(content)) {
            case OOXML -> readXlsx(content);
            case OLE2 -> throw refusedOle2(content);
            case UNKNOWN -> new CsvSheetReader().read(content, limits.maxRows());
            default -> throw UserFacingException.because("roster.file.not-a-spreadsheet");
        };
        return table(rows);
    }

    private List<SheetRow> readXlsx(byte[] content) {
        try {
            return new XlsxSheetReader().read(content, limits.maxRows());
        } catch (UserFacingException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            if (isZipBomb(unreadable)) {
                throw UserFacingException.because("roster.file.zip-bomb");
            }
            throw UserFacingException.because("roster.file.corrupt");
        }
    }

    private static boolean isZipBomb(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max entry size")) {
                return true;
            }
        }
        return false;
    }

    /** An OLE2 file is either an encrypted .xlsx (Excel wraps those in OLE2) or an old .xls workbook. */
    private static UserFacingException refusedOle2(byte[] content) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (ole.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || ole.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return UserFacingException.because("roster.file.password-protected");
            }
            return UserFacingException.because("roster.file.old-xls");
        } catch (IOException | RuntimeException unreadable) {
            return UserFacingException.because("roster.file.corrupt");
        }
    }

    private static RosterFile table(List<SheetRow> rows) {
        SheetRow header = rows.stream()
                .filter(row -> !row.isBlank())
                .findFirst()
                .orElseThrow(() -> UserFacingException.because("roster.file.empty"));
        List<String> headers = header.cells().stream()
                .map(String::strip)
                .filter(cell -> !cell.isEmpty())
                .toList();
        RosterColumns columns = RosterColumns.of(header.cells());
        List<String> missing = columns.missing();
        if (!missing.isEmpty()) {
            throw UserFacingException.because(
                    "roster.file.headers-missing",
                    String.join(", ", missing),
                    headers.isEmpty() ? "—" : String.join(", ", headers));
        }
        List<RosterLine> lines = rows.stream()
                .filter(row -> row.number() > header.number() && !row.isBlank())
                .map(columns::line)
                .toList();
        return new RosterFile(headers, lines);
    }
}
