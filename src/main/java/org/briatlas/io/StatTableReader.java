package org.briatlas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.ReadProblem;
import org.briatlas.model.StatTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the paper's tables from {@code assets/data/}: the catalogue (catalogue.json, with the
 * translations of titles, column names and units in "titleText", "nameText" and "unitText") and one
 * RFC 4180 CSV file per table. A table whose file is missing, truncated or holds text where the catalogue
 * says a number belongs is reported by file, row and column; the other tables still load.
 * Stateless; safe on any thread.
 */
public final class StatTableReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tables shipped inside the application (assets/data/ in the repository). */
    public static DataSource shipped() {
        return DataSource.shipped("/data/", "assets/data/");
    }

    public static DataSource folder(Path dir) {
        return DataSource.folder(dir);
    }

    /** The tables that could be read, and the problems met. */
    public record Result(List<StatTable> tables, List<ReadProblem> problems) {
    }

    public Result read(DataSource source) {
        List<StatTable> tables = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        JsonNode catalogue;
        try (InputStream in = source.open("catalogue.json")) {
            catalogue = JSON.readTree(in);
        } catch (IOException e) {
            problems.add(new ReadProblem("catalogue.json", -1, null, -1, "cannot be read: " + e.getMessage()));
            return new Result(tables, problems);
        }
        for (JsonNode entry : catalogue) {
            String file = entry.path("file").asText();
            List<List<String>> rows;
            try (InputStream in = source.open(file)) {
                rows = parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                problems.add(new ReadProblem(file, -1, null, -1, "the table file is missing"));
                continue;
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new ReadProblem(file, -1, null, -1, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (rows.isEmpty()) {
                problems.add(new ReadProblem(file, -1, null, 1, "the file is empty"));
                continue;
            }
            List<String> header = rows.get(0);
            List<String> types = new ArrayList<>();
            entry.path("columns").forEach(c -> types.add(c.path("type").asText("text")));
            List<List<String>> body = rows.subList(1, rows.size());
            boolean ok = true;
            for (int r = 0; r < body.size(); r++) {
                List<String> row = body.get(r);
                int line = r + 2;
                if (row.size() != header.size()) {
                    problems.add(new ReadProblem(file, -1, null, line, "row " + line + " has " + row.size()
                            + " cells; the header has " + header.size() + " (is the file truncated?)"));
                    ok = false;
                    continue;
                }
                for (int c = 0; c < row.size(); c++) {
                    String type = c < types.size() ? types.get(c) : "text";
                    if ((type.equals("number") || type.equals("percent")) && !isNumber(row.get(c))) {
                        problems.add(new ReadProblem(file, -1, null, line, "row " + line + ", column " + (c + 1)
                                + " (" + header.get(c) + "): \"" + row.get(c) + "\" is not a number"));
                        ok = false;
                    }
                }
            }
            if (!ok) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            entry.path("notes").forEach(n -> notes.add(n.asText()));
            List<StatTable.Column> columns = new ArrayList<>();
            entry.path("columns").forEach(c -> columns.add(new StatTable.Column(c.path("name").asText(""),
                    texts(c.path("nameText")), c.path("unit").asText(""), texts(c.path("unitText")))));
            tables.add(new StatTable(entry.path("table").asInt(), entry.path("title").asText(),
                    entry.path("unit").asText(""), entry.path("source").asText(""), entry.path("line").asInt(-1),
                    header, body, notes, texts(entry.path("titleText")), texts(entry.path("unitText")), columns));
        }
        return new Result(tables, problems);
    }

    /** The relations between printed figures that the checks test (relations.json). */
    public JsonNode relations(DataSource source) throws IOException {
        try (InputStream in = source.open("relations.json")) {
            return JSON.readTree(in);
        }
    }

    /**
     * A text's translations, {"zh": ..., "ru": ...}, by language code; empty when the catalogue has
     * none. Blank or non-text values are left out (the printed English stands in for them).
     */
    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    private static boolean isNumber(String cell) {
        try {
            PrintedNumber.parse(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** RFC 4180: comma-separated, fields optionally in double quotes with "" for a quote. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed (is the file truncated?)");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
