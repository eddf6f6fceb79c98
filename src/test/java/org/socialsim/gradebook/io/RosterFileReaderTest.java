package org.socialsim.gradebook.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socialsim.base.UserFacingException;

class RosterFileReaderTest {

    private final RosterFileReader reader = new RosterFileReader(RosterLimits.DEFAULT);

    @Test
    void a_comma_separated_utf8_file_reads_every_student_row() {
        RosterFile file = read("Name,Email,Student ID,Cohort\nZoë Achterberg,zoe@uni.example,S1,Group A\n");

        assertThat(file.headers()).containsExactly("Name", "Email", "Student ID", "Cohort");
        assertThat(file.lines())
                .containsExactly(new RosterLine(2, "Zoë Achterberg", "zoe@uni.example", "S1", "Group A"));
    }

    @Test
    void excel_semicolon_csv_with_a_byte_order_mark_and_quoted_fields_reads_the_same() {
        RosterFile file = read("\uFEFFE-mail;Student_ID;Full Name;GROUP\r\n"
                + "li@uni.example;S2;\"Li; \"\"Wei\"\"\";Group A\r\n"
                + ";;;\r\n"
                + "ana@uni.example;S3;\"Ana\nMaria\";Group B\r\n");

        assertThat(file.lines())
                .containsExactly(
                        new RosterLine(2, "Li; \"Wei\"", "li@uni.example", "S2", "Group A"),
                        new RosterLine(4, "Ana\nMaria", "ana@uni.example", "S3", "Group B"));
    }

    @Test
    void first_and_last_name_columns_make_the_name_and_the_student_id_column_is_optional() {
        RosterFile file = read("First name,Surname,Email address,Class\nJonas,Müller,j@uni.example,Group B");

        assertThat(file.lines()).containsExactly(new RosterLine(2, "Jonas Müller", "j@uni.example", "", "Group B"));
    }

    @Test
    void missing_headers_are_named_together_with_the_ones_found() {
        assertRefused(read(() -> "Student,Contact\nx,y"), "roster.file.headers-missing")
                .containsExactly("name, email, cohort", "Student, Contact");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_the_encoding_named() {
        byte[] latin1 = "Name,Email,Cohort\nJonas Müller,j@uni.example,A".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(() -> reader.read("roster.csv", latin1), "roster.file.not-utf8");
        byte[] utf16 = "Name,Email,Cohort".getBytes(StandardCharsets.UTF_16);
        assertRefused(() -> reader.read("roster.csv", utf16), "roster.file.not-utf8");
    }

    @Test
    void an_unclosed_quote_names_its_line() {
        assertRefused(read(() -> "Name,Email,Cohort\n\"Ana,a@uni.example,A\n"), "roster.file.csv-quote-open")
                .containsExactly(2);
    }

    @Test
    void pdfs_images_and_binaries_renamed_to_a_spreadsheet_are_refused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] binary = {'N', 'a', 'm', 'e', 0, 1, 2, 3};
        assertRefused(() -> reader.read("roster.xlsx", pdf), "roster.file.not-a-spreadsheet");
        assertRefused(() -> reader.read("roster.csv", png), "roster.file.not-a-spreadsheet");
        assertRefused(() -> reader.read("roster.csv", binary), "roster.file.not-a-spreadsheet");
        assertRefused(() -> reader.read("roster.csv", new byte[0]), "roster.file.empty");
    }

    @Test
    void oversize_files_and_too_many_rows_are_refused_before_parsing() {
        byte[] big = new byte[(int) RosterLimits.DEFAULT.maxBytes() + 1];
        Arrays.fill(big, (byte) 'a');
        assertRefused(() -> reader.read("roster.csv", big), "roster.file.too-large")
                .containsExactly(2L);

        StringBuilder rows = new StringBuilder("Name,Email,Cohort\n");
        for (int i = 0; i <= RosterLimits.DEFAULT.maxRows(); i++) {
            rows.append("S").append(i).append(",s").append(i).append("@uni.example,A\n");
        }
        assertRefused(read(() -> rows.toString()), "roster.file.too-many-rows").containsExactly(5_000);
    }

    @Test
    void an_xlsx_workbook_reads_its_first_sheet_with_numbers_as_written_and_formulas_as_cached_values()
            throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Student Name", "E-mail", "Student number", "Cohort");
            Row first = row(sheet, 2, "Kwame Mensah", "", "", "Group A");
            first.getCell(1).setCellFormula("LOWER(\"KWAME@UNI.EXAMPLE\")");
            first.getCell(2).setCellValue(1234567);
        });

        RosterFile file = reader.read("roster.xlsx", xlsx);

        // The formula was never evaluated and POI wrote no cached result: its cell reads empty, not as its source.
        assertThat(file.lines()).containsExactly(new RosterLine(3, "Kwame Mensah", "", "1234567", "Group A"));
    }

    @Test
    void a_zip_bomb_disguised_as_a_workbook_is_refused() throws IOException {
        byte[] valid = workbook(sheet -> row(sheet, 0, "Name", "Email", "Cohort"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(valid));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    // 60 MB of one character compress to about 60 KB: a ratio a real sheet never has.
                    xml = xml.replace("<sheetData>", "<sheetData><!--" + "a".repeat(60_000_000) + "-->");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan((int) RosterLimits.DEFAULT.maxBytes());

        assertRefused(() -> reader.read("roster.xlsx", bomb.toByteArray()), "roster.file.zip-bomb");
    }

    @Test
    void password_protected_corrupt_and_old_workbooks_are_refused_with_what_to_do() throws Exception {
        byte[] valid = workbook(sheet -> row(sheet, 0, "Name", "Email", "Cohort"));
        assertRefused(() -> reader.read("roster.xlsx", Arrays.copyOf(valid, valid.length / 2)), "roster.file.corrupt");

        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (var out = encryptor.getDataStream(fs)) {
                out.write(valid);
            }
            fs.writeFilesystem(encrypted);
        }
        assertRefused(() -> reader.read("roster.xlsx", encrypted.toByteArray()), "roster.file.password-protected");

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (var old = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            old.createSheet();
            old.write(xls);
        }
        assertRefused(() -> reader.read("roster.xls", xls.toByteArray()), "roster.file.old-xls");
    }

    @Test
    void exported_passwords_neutralise_cells_a_spreadsheet_would_run() {
        assertThat(TemporaryPasswordsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TemporaryPasswordsCsv.cell("@sum")).isEqualTo("'@sum");
        assertThat(TemporaryPasswordsCsv.cell("Zoë")).isEqualTo("Zoë");
    }

    private RosterFile read(String csv) {
        return reader.read("roster.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private org.assertj.core.api.ThrowableAssert.ThrowingCallable read(java.util.function.Supplier<String> csv) {
        return () -> read(csv.get());
    }

    private static org.assertj.core.api.ListAssert<Object> assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String messageKey) {
        if (messageKey == null) {
            assertThatThrownBy(action).isInstanceOf(UserFacingException.class);
            return assertThat(java.util.List.of());
        }
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action);
        assertThat(thrown).isInstanceOf(UserFacingException.class);
        UserFacingException refused = (UserFacingException) thrown;
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        return assertThat(java.util.List.of(refused.arguments()));
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Roster"));
            workbook.createSheet("Other");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }
}
