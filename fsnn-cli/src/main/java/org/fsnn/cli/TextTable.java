// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: a header row, then rows, columns padded to fit. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** @param header the column titles; every row has as many cells */
    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    /** Adds a row; each cell is shown with {@link String#valueOf(Object)}. */
    TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells; the table has " + columns + " columns");
        }
        String[] text = new String[columns];
        for (int i = 0; i < columns; i++) {
            text[i] = String.valueOf(cells[i]);
        }
        rows.add(text);
        return this;
    }

    /** The table, one line per row, columns separated by two spaces, no trailing blanks. */
    String render() {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == 0 ? "" : "  ").append(row[i]).append(" ".repeat(width[i] - row[i].length()));
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
