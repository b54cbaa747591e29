package io.github.ecamaven.eca.arch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The fields a goal reads on its way through {@code execute()}: the methods of the goal's class chain reachable from
 * {@code execute} (virtual calls resolved in the chain, lambdas counted with the method that creates them), and the
 * fields their bytecode reads. Read with the JDK's own {@code javap}, so a parameter that a shared base class declares
 * but the goal never reaches shows up as unread.
 */
final class FieldReads {

    private static final Pattern HEADER = Pattern.compile("^  \\S.*?([\\w$.<>]+)\\(.*;$");
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^\\s+\\d+: (getfield|invokevirtual|invokespecial|invokestatic|invokeinterface)\\s.*// (?:Interface)?"
                    + "(Field|Method) (?:([\\w/$]+)\\.)?([\\w$<>\"]+):.*$");

    private final Map<Class<?>, Map<String, List<String[]>>> code = new HashMap<>();
    private final ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(
            () -> new IllegalStateException("this test needs the JDK's javap tool"));

    /** The names of the fields of {@code goal}'s chain (up to, not including, {@code stop}) read from execute(). */
    Set<String> readFrom(Class<?> goal, Class<?> stop) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = goal; c != null && c != stop && c != Object.class; c = c.getSuperclass()) {
            chain.add(c);
        }
        Set<String> fields = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String[]> work = new ArrayDeque<>(); // {class index where the lookup starts, method name}
        work.add(new String[] {"0", "execute"});
        while (!work.isEmpty()) {
            String[] next = work.poll();
            int from = Integer.parseInt(next[0]);
            String method = next[1];
            for (int i = from; i < chain.size(); i++) {
                Map<String, List<String[]>> methods = methods(chain.get(i));
                if (!methods.containsKey(method)) {
                    continue;
                }
                if (seen.add(i + "#" + method)) {
                    for (String[] ins : methods.get(method)) {
                        visit(ins, i, chain, fields, work);
                    }
                    for (String name : methods.keySet()) { // lambdas of this method: lambda$method$N
                        if (name.startsWith("lambda$" + method + "$")) {
                            work.add(new String[] {String.valueOf(i), name});
                        }
                    }
                }
                break; // the most derived declaration wins
            }
        }
        return fields;
    }

    private static void visit(String[] ins, int at, List<Class<?>> chain, Set<String> fields, Deque<String[]> work) {
        String op = ins[0];
        String owner = ins[1] == null ? null : ins[1].replace('/', '.');
        String name = ins[2];
        if (op.equals("getfield")) {
            fields.add(name);
            return;
        }
        int ownerIndex = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).getName().equals(owner)) {
                ownerIndex = i;
            }
        }
        if (owner != null && ownerIndex < 0) {
            return; // another class: it gets values, not the mojo's fields
        }
        int start = op.equals("invokespecial") ? (owner == null ? at : ownerIndex) : 0; // super./private calls
        work.add(new String[] {String.valueOf(start), name});
    }

    /** Method name → its instructions {opcode, owner or null, member}, for the instructions that matter here. */
    private Map<String, List<String[]>> methods(Class<?> c) {
        return code.computeIfAbsent(c, k -> {
            StringWriter out = new StringWriter();
            int rc = javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p",
                    classFile(k).toString());
            if (rc != 0) {
                throw new IllegalStateException("javap failed on " + k.getName());
            }
            Map<String, List<String[]>> methods = new LinkedHashMap<>();
            List<String[]> current = null;
            for (String line : out.toString().split("\\R")) {
                Matcher h = HEADER.matcher(line);
                if (h.matches()) {
                    String name = h.group(1);
                    name = name.contains(".") ? "<init>" : name; // constructors print the class name
                    current = methods.computeIfAbsent(name, n -> new ArrayList<>());
                    continue;
                }
                Matcher m = INSTRUCTION.matcher(line);
                if (m.matches() && current != null) {
                    current.add(new String[] {m.group(1), m.group(3), m.group(4)});
                }
            }
            return methods;
        });
    }

    private static Path classFile(Class<?> c) {
        try {
            return Path.of(c.getResource("/" + c.getName().replace('.', '/') + ".class").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
