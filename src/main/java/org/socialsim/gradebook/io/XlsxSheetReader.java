package org.socialsim.gradebook.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socialsim.base.UserFacingException;

/**
 * Reads the first worksheet of an .xlsx file as text. Formulas are never evaluated: a formula cell reads as the value
 * the spreadsheet program last computed and saved with it (empty if it saved none).
 */
final class XlsxSheetReader {

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    List<SheetRow> read(byte[] content, int maxRows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw UserFacingException.because("roster.file.no-sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<SheetRow> rows = new ArrayList<>();
            int nonBlank = 0;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(text(row.getCell(column)));
                }
                SheetRow read = new SheetRow(row.getRowNum() + 1, cells);
                if (!read.isBlank() && ++nonBlank > maxRows + 1) {
                    throw UserFacingException.because("roster.file.too-many-rows", maxRows);
                }
                rows.add(read);
            }
            return rows;
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        // The cached result only: DataFormatter without an evaluator would return the formula's source text.
        return switch (cell.getCachedFormulaResultType()) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC ->
                formatter.formatRawCellContents(
                        cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
