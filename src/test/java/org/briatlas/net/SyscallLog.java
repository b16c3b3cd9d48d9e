package org.briatlas.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a command under {@code strace -f} and reads its log for anything that reaches, or asks about, the
 * network. What counts:
 * <ul>
 *   <li>every {@code connect}, {@code sendto}, {@code sendmsg} or {@code sendmmsg} with an {@code AF_INET} or
 *       {@code AF_INET6} address, loopback included: the atlas has no reason to open an IP socket at all,
 *       and the local DNS stubs (systemd-resolved's 127.0.0.53, dnsmasq) listen on loopback;</li>
 *   <li>a {@code connect} to systemd-resolved's own sockets ({@code /run/systemd/resolve/...}), which
 *       {@code nss-resolve} uses to look host names up;</li>
 *   <li>opening {@code /etc/hosts}, {@code /etc/resolv.conf}, {@code /etc/host.conf} or {@code /etc/gai.conf}:
 *       the C library reads them for host-name lookups and for nothing else, so this catches a lookup even
 *       when the name is in {@code /etc/hosts} and no packet is sent.</li>
 * </ul>
 * Not counted: other {@code AF_UNIX} connects (the JVM asks nscd for the user's passwd entry at start, so a
 * connect to nscd's socket alone says nothing about host names) and {@code AF_NETLINK}. A host-name lookup
 * answered by a running nscd is therefore not seen here; the child's recording name service
 * ({@link RecordingMain}) sees the JDK's lookups in that case.
 */
final class SyscallLog {

    static final List<String> TRACED = List.of("connect", "sendto", "sendmsg", "sendmmsg", "open", "openat");

    private static final Pattern SEND_OR_CONNECT = Pattern.compile("\\b(connect|sendto|sendmsg|sendmmsg)\\(");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\bsa_family=AF_INET6?\\b");
    private static final Pattern RESOLVER_SOCKET = Pattern.compile("sun_path=\"(/var)?/run/systemd/resolve/");
    private static final Pattern LOOKUP_FILE = Pattern.compile(
            "\\bopen(at)?\\(.*\"/etc/(hosts|resolv\\.conf|host\\.conf|gai\\.conf)\"");

    private SyscallLog() {
    }

    /** The lines of an strace log that show network use or a host-name lookup, each with why. */
    static List<String> violations(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            if (SEND_OR_CONNECT.matcher(line).find() && IP_ADDRESS.matcher(line).find()) {
                found.add("IP socket: " + line);
            } else if (line.contains("connect(") && RESOLVER_SOCKET.matcher(line).find()) {
                found.add("resolver socket: " + line);
            } else if (LOOKUP_FILE.matcher(line).find()) {
                found.add("host-name lookup: " + line);
            }
        }
        return found;
    }

    /** The strace command prefix, or null if strace is missing or cannot trace here (no ptrace allowed). */
    static List<String> straceCommand(Path log, Path scratch) {
        for (List<String> opts : List.of(List.of("--seccomp-bpf"), List.<String>of())) {
            List<String> cmd = new ArrayList<>(List.of("strace"));
            cmd.addAll(opts);
            cmd.addAll(List.of("-f", "-qq", "-s", "256", "-e", "signal=none",
                    "-e", "trace=" + String.join(",", TRACED), "-o", log.toString()));
            if (works(cmd, scratch)) {
                return cmd;
            }
        }
        return null;
    }

    private static boolean works(List<String> prefix, Path scratch) {
        Path probe = scratch.resolve("strace-probe.log");
        Path read = scratch.resolve("strace-probe.txt");
        List<String> cmd = new ArrayList<>(prefix);
        int o = cmd.indexOf("-o");
        cmd.set(o + 1, probe.toString());
        cmd.addAll(List.of("cat", read.toString()));
        try {
            Files.writeString(read, "probe");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(scratch.resolve("strace-probe.out").toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            // A working strace logged cat's own openat of the file it reads.
            return p.exitValue() == 0 && Files.exists(probe)
                    && Files.readString(probe, StandardCharsets.UTF_8).contains(read.toString());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
