package io.github.ecamaven.eca.it.standin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small SOQL subset sf 2.129.8 sends in the packaging flow: {@code SELECT f1, Rel.f2 FROM Obj [WHERE a = 'x' AND
 * b != true AND c IN ('p','q')] [ORDER BY f [ASC|DESC], ...] [LIMIT n]}. Like the real API, a result record holds
 * exactly the selected fields (null when unset), relationship fields as nested objects with {@code attributes}.
 * Conditions it does not understand (e.g. {@code CreatedDate = LAST_N_DAYS:3}) are treated as true.
 */
final class Soql {

    private static final Pattern QUERY = Pattern.compile(
            "(?is)^\\s*SELECT\\s+(.*?)\\s+FROM\\s+(\\w+)\\s*(?:WHERE\\s+(.*?))?\\s*(?:ORDER\\s+BY\\s+(.*?))?\\s*(?:LIMIT\\s+(\\d+))?\\s*$");
    private static final Pattern AND = Pattern.compile("(?i)\\s+AND\\s+");
    private static final Pattern COMPARISON = Pattern.compile(
            "(?is)^\\s*([\\w.]+)\\s*(=|!=|<>)\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|(\\S+))\\s*$");
    private static final Pattern IN = Pattern.compile("(?is)^\\s*([\\w.]+)\\s+IN\\s*\\((.*)\\)\\s*$");

    final List<String> fields;
    final String object;
    final String where;
    final String orderBy;
    final Integer limit;

    private Soql(List<String> fields, String object, String where, String orderBy, Integer limit) {
        this.fields = fields;
        this.object = object;
        this.where = where;
        this.orderBy = orderBy;
        this.limit = limit;
    }

    static Soql parse(String soql) {
        Matcher m = QUERY.matcher(soql);
        if (!m.matches()) {
            throw new IllegalArgumentException("unsupported SOQL: " + soql);
        }
        List<String> fields = new ArrayList<>();
        for (String f : m.group(1).split(",")) {
            if (!f.isBlank()) {
                fields.add(f.trim());
            }
        }
        return new Soql(fields, m.group(2), m.group(3), m.group(4), m.group(5) == null ? null : Integer.valueOf(m.group(5)));
    }

    /** Filters, sorts, limits and projects {@code records} (records of {@link #object}). */
    List<Map<String, Object>> run(List<Map<String, Object>> records, String apiVersion) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : records) {
            if (matches(r)) {
                out.add(r);
            }
        }
        if (orderBy != null && !orderBy.isBlank()) {
            out.sort(comparator());
        }
        if (limit != null && out.size() > limit) {
            out = new ArrayList<>(out.subList(0, limit));
        }
        List<Map<String, Object>> projected = new ArrayList<>();
        for (Map<String, Object> r : out) {
            projected.add(project(r, apiVersion));
        }
        return projected;
    }

    /** The value of an id condition ({@code Id = 'x'} or {@code <field> = 'x'}), or null. */
    String condition(String field) {
        if (where == null) {
            return null;
        }
        for (String c : AND.split(where.trim())) {
            Matcher m = COMPARISON.matcher(c);
            if (m.matches() && m.group(1).equalsIgnoreCase(field) && "=".equals(m.group(2))) {
                return m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return null;
    }

    private boolean matches(Map<String, Object> r) {
        if (where == null || where.isBlank()) {
            return true;
        }
        for (String c : AND.split(where.trim())) {
            Matcher in = IN.matcher(c);
            if (in.matches()) {
                Object v = get(r, in.group(1));
                boolean any = false;
                for (String item : in.group(2).split(",")) {
                    if (equal(v, item.trim().replaceAll("^'|'$", ""), true)) {
                        any = true;
                    }
                }
                if (!any) {
                    return false;
                }
                continue;
            }
            Matcher m = COMPARISON.matcher(c);
            if (!m.matches()) {
                continue; // not understood: do not filter on it
            }
            String literal = m.group(3) != null ? m.group(3) : m.group(4);
            if (m.group(3) == null && literal.contains(":")) {
                continue; // date literal such as LAST_N_DAYS:3
            }
            boolean eq = equal(get(r, m.group(1)), literal, m.group(3) != null);
            if ("=".equals(m.group(2)) != eq) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(Object value, String literal, boolean quoted) {
        if (!quoted && "null".equalsIgnoreCase(literal)) {
            return value == null;
        }
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b == Boolean.parseBoolean(literal.toLowerCase(Locale.ROOT));
        }
        if (value instanceof Number n) {
            try {
                return n.doubleValue() == Double.parseDouble(literal);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return value.toString().equalsIgnoreCase(literal);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<Map<String, Object>> comparator() {
        Comparator<Map<String, Object>> result = (a, b) -> 0;
        for (String part : orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            String field = words[0];
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
            Comparator<Map<String, Object>> c = (a, b) -> {
                Object x = get(a, field);
                Object y = get(b, field);
                if (x == null || y == null) {
                    return x == null ? (y == null ? 0 : -1) : 1; // nulls first, as SOQL does for ASC
                }
                if (x instanceof Number nx && y instanceof Number ny) {
                    return Double.compare(nx.doubleValue(), ny.doubleValue());
                }
                return ((Comparable) x.toString()).compareTo(y.toString());
            };
            result = result.thenComparing(desc ? c.reversed() : c);
        }
        return result;
    }

    /** Case-insensitive dotted lookup: {@code Package2.Name}. */
    @SuppressWarnings("unchecked")
    static Object get(Map<String, Object> record, String path) {
        Object current = record;
        for (String segment : path.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            Map<String, Object> map = (Map<String, Object>) current;
            String key = key(map, segment);
            current = key == null ? null : map.get(key);
        }
        return current;
    }

    private static String key(Map<String, Object> map, String name) {
        if (map.containsKey(name)) {
            return name;
        }
        for (String k : map.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> project(Map<String, Object> record, String apiVersion) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attributes", attributes(record, apiVersion));
        for (String field : fields) {
            String[] segments = field.split("\\.");
            Map<String, Object> source = record;
            Map<String, Object> target = out;
            for (int i = 0; i < segments.length - 1; i++) {
                String k = key(source, segments[i]);
                Object next = k == null ? null : source.get(k);
                String outKey = k == null ? segments[i] : k;
                if (!(next instanceof Map)) {
                    target.put(outKey, null);
                    target = null;
                    break;
                }
                source = (Map<String, Object>) next;
                Object existing = target.get(outKey);
                if (!(existing instanceof Map)) {
                    Map<String, Object> nested = new LinkedHashMap<>();
                    nested.put("attributes", attributes(source, apiVersion));
                    target.put(outKey, nested);
                    existing = nested;
                }
                target = (Map<String, Object>) existing;
            }
            if (target == null) {
                continue;
            }
            String last = segments[segments.length - 1];
            String k = key(source, last);
            target.put(k == null ? last : k, k == null ? null : source.get(k));
        }
        return out;
    }

    private static Map<String, Object> attributes(Map<String, Object> record, String apiVersion) {
        Map<String, Object> a = new LinkedHashMap<>();
        Object type = record.get(StandInOrg.TYPE_KEY);
        a.put("type", type);
        Object id = record.get("Id");
        if (id != null) {
            a.put("url", "/services/data/v" + apiVersion + "/tooling/sobjects/" + type + "/" + id);
        }
        return a;
    }
}
