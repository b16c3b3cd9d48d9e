package org.briatlas.net;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link SyscallLog} counts as network use, on lines of real strace logs (the first four are from the
 * atlas's {@code render} before the font-configuration fix, in a network namespace whose host name is not in
 * {@code /etc/hosts}).
 */
class SyscallLogTest {

    @Test
    void theDnsLookupOfTheHostNameIsCaught() {
        List<String> found = SyscallLog.violations(List.of(
                "22958 openat(AT_FDCWD, \"/etc/host.conf\", O_RDONLY|O_CLOEXEC) = 20",
                "22958 openat(AT_FDCWD, \"/etc/resolv.conf\", O_RDONLY|O_CLOEXEC) = 20",
                "22958 openat(AT_FDCWD, \"/etc/hosts\", O_RDONLY|O_CLOEXEC) = 20",
                "22958 connect(20, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.255.255.53\")}, 16)"
                        + " = -1 ENETUNREACH (Network is unreachable)"));
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.get(3).startsWith("IP socket: "), found.get(3));
        assertTrue(found.get(2).startsWith("host-name lookup: "), found.get(2));
    }

    @Test
    void ipv6LoopbackAndUnconnectedSendsCountAsWell() {
        assertEquals(4, SyscallLog.violations(List.of(
                "7 connect(5, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), "
                        + "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0",
                "7 connect(5, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, 16 <unfinished ...>",
                "7 sendto(3, \"\\x12\\x34\"..., 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), "
                        + "sin_addr=inet_addr(\"8.8.8.8\")}, 16) = 40",
                "7 connect(9, {sa_family=AF_UNIX, sun_path=\"/run/systemd/resolve/io.systemd.Resolve\"}, 42) = 0"))
                .size());
    }

    @Test
    void localSocketsAndOrdinaryFilesDoNotCount() {
        assertEquals(List.of(), SyscallLog.violations(List.of(
                "22958 connect(4, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT",
                "22958 openat(AT_FDCWD, \"/etc/nsswitch.conf\", O_RDONLY|O_CLOEXEC) = 4",
                "22958 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 4",
                "22958 openat(AT_FDCWD, \"/etc/fonts/fonts.conf\", O_RDONLY|O_CLOEXEC) = 20",
                "22958 openat(AT_FDCWD, \"/tmp/out/etc/hosts.png\", O_WRONLY|O_CREAT, 0644) = 21",
                "22958 sendto(5, {{len=20, type=RTM_GETADDR, flags=NLM_F_REQUEST|NLM_F_DUMP, seq=1, pid=0}, "
                        + "{ifa_family=AF_UNSPEC}}, 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20",
                "22958 +++ exited with 0 +++")));
    }
}
