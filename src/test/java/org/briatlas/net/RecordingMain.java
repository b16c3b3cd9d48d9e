package org.briatlas.net;

import org.briatlas.app.Launcher;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of the child JVMs of {@link OfflineSessionsTest}: installs a recording {@link ProxySelector}
 * (asked before any URL connection or socket through a proxy) and a recording wrapper around the JDK's name
 * service (asked for every host-name lookup, {@code InetAddress.getLocalHost()} included), then runs the
 * atlas's own {@link Launcher#main}. Each record is one stderr line starting with {@link #MARK}.
 *
 * <p>Java 17 has no public hook for name lookups (the resolver SPI came in Java 18), so the wrapper replaces
 * the private {@code InetAddress.nameService} field; the child runs with
 * {@code --add-opens java.base/java.net=ALL-UNNAMED}. The wrapper passes each lookup on unchanged, so that
 * strace sees the same lookups the atlas would make.
 */
public final class RecordingMain {

    static final String MARK = "offline-probe: ";
    static final String HOOKED = MARK + "name-service hook installed";

    private RecordingMain() {
    }

    public static void main(String[] args) {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                report("proxy lookup for " + uri, new Throwable());
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try {
            hookNameService();
            System.err.println(HOOKED);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println(MARK + "name-service hook unavailable: " + e);
        }
        Launcher.main(args);
    }

    private static void hookNameService() throws ReflectiveOperationException {
        Class<?> type = Class.forName("java.net.InetAddress$NameService");
        Field field = InetAddress.class.getDeclaredField("nameService");
        field.setAccessible(true);
        Object real = field.get(null);
        Object recording = java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, a) -> {
                    report("name lookup " + method.getName() + " " + Arrays.deepToString(a), new Throwable());
                    return invoke(method, real, a);
                });
        field.set(null, recording);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        method.setAccessible(true);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One line naming what was asked, and the atlas's or the JDK's frame that asked it. */
    private static void report(String what, Throwable where) {
        StringBuilder line = new StringBuilder(MARK).append(what);
        for (StackTraceElement e : where.getStackTrace()) {
            String c = e.getClassName();
            if (!c.startsWith(RecordingMain.class.getName()) && !c.startsWith("java.net.")
                    && !c.startsWith("jdk.proxy") && !c.startsWith("java.lang.reflect.")
                    && !c.startsWith("java.security.")) {
                line.append(" from ").append(e);
                break;
            }
        }
        System.err.println(line);
    }
}
