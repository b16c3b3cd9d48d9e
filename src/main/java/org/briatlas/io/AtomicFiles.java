package org.briatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces files so that a crash, a kill or a full disk at any moment leaves the file {@code F} and its backup
 * {@code F.bak} each a complete version: the backup is the version before the file's, or the same version.
 * {@code F.bak} is absent only if {@code F} never had an earlier version.
 *
 * <p>A save of F in folder D (F after following symbolic links to their end: the link keeps pointing where it
 * pointed, and the target and its backup are written in the target's folder) runs these steps:
 * <ol>
 * <li>write the new version to {@code D/.F.tmp-PID-RANDOM} (PID is this process), fsync it, and give it
 *     F's permissions;</li>
 * <li>if F exists, hard-link it as {@code D/.F.bak.tmp-PID-RANDOM} (where hard links are not supported,
 *     copy it there and fsync the copy);</li>
 * <li>rename that over {@code F.bak}, fsync D;</li>
 * <li>rename the new version over F, fsync D.</li>
 * </ol>
 * What a kill at each point leaves (renames within a folder are atomic):
 * <pre>
 * killed during or after   F             F.bak                    left behind
 * 1                        old version   older version            .F.tmp-... (partial or complete)
 * 2                        old version   older version            .F.tmp-..., .F.bak.tmp-... (a link to F or a
 *                                                                 partial or complete copy of it)
 * 3                        old version   old version (F's twin)   .F.tmp-...
 * 4                        new version   old version              nothing
 * </pre>
 * With no earlier F, steps 2 and 3 are skipped and F.bak stays absent (or as it was).
 * The backup is never removed: it is only ever replaced by a rename of a complete, synced file. Only steps 1 and
 * 2 (when copying) need space; on a full disk ("No space left on device") the save stops there, deletes its
 * temporary files, and throws, leaving F and F.bak as they were. A failed rename changes nothing. The folder is
 * synced after each rename, so that a power cut keeps their order too (not on Windows, whose folders cannot be
 * opened for that).
 *
 * <p>Temporary files that a killed save leaves behind are removed by {@link #sweepStaleTemporaries(Path)}, which
 * {@link SettingsStore} calls on load. Saving is safe from any thread; concurrent saves of one file each leave a
 * complete file and backup, the last rename winning.
 */
public final class AtomicFiles {

    /** A temporary file of this process still in use is never older than this; older ones are stale. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    /** After ".F": an optional ".bak", then ".tmp-PID-RANDOM". */
    private static final Pattern TEMPORARY = Pattern.compile("(?:\\.bak)?\\.tmp-(\\d{1,19})-[0-9a-z]{1,13}");
    /** After ".F": how earlier versions of this class named their temporary files, ".RANDOM.tmp". */
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\.[0-9a-z]{1,13}\\.tmp");
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Content producer that may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The backup kept beside a file: {@code settings.json} gives {@code settings.json.bak}. For a symbolic link,
     * the backup beside the link's final target (see {@link #target(Path)}).
     */
    public static Path backupOf(Path file) {
        Path target;
        try {
            target = target(file);
        } catch (IOException e) {
            target = file;
        }
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * The file a save of {@code file} replaces: {@code file} itself, or, if it is a symbolic link, the end of its
     * chain of links (which need not exist yet).
     *
     * @throws IOException if a link cannot be read or the chain is longer than 40 links
     */
    public static Path target(Path file) throws IOException {
        Path p = file;
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            p = p.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(p));
        }
        return p;
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Replaces {@code file} with what {@code content} writes, keeping the previous version as the backup (see the
     * class comment). If anything fails, the file and its backup are as they were, the temporary files are
     * removed, and the error is thrown.
     */
    public static void write(Path file, Content content) throws IOException {
        write(file, content, true);
    }

    /** As {@link #write(Path, Content)}; {@code linkBackup} false copies the backup as if links were unsupported. */
    static void write(Path file, Content content, boolean linkBackup) throws IOException {
        Path target = target(file);
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Files.createDirectories(dir);
        refuseIfNotRegular(target, existing(target));
        Path tmp = temporary(dir, name);
        Path backupTmp = null;
        try {
            // Created like any new file (so the user's umask applies, unlike a temp file's owner-only mode).
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            BasicFileAttributes old = existing(target);
            if (old != null) {
                refuseIfNotRegular(target, old);
                keepPermissions(target, tmp);
                backupTmp = temporary(dir, name + ".bak");
                linkOrCopy(target, backupTmp, linkBackup);
                // If F and F.bak are already one file (a save killed after step 3), rename does nothing and the
                // temporary name stays: the finally block removes it.
                rename(backupTmp, dir.resolve(name + ".bak"));
                syncFolder(dir);
            }
            rename(tmp, target);
            syncFolder(dir);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(backupTmp);
        }
    }

    private static Path temporary(Path dir, String name) {
        return dir.resolve("." + name + ".tmp-" + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /** The attributes of the file (not following a link), or null if there is none. */
    private static BasicFileAttributes existing(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    private static void refuseIfNotRegular(Path target, BasicFileAttributes a) throws IOException {
        if (a != null && !a.isRegularFile()) {
            throw new FileSystemException(target.toString(), null, "not a regular file; not replaced");
        }
    }

    /** Gives the new version the old file's permissions, where the file system has them. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): nothing to keep.
        }
    }

    private static void linkOrCopy(Path from, Path to, boolean link) throws IOException {
        if (link) {
            try {
                Files.createLink(to, from);
                return;
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // No hard links here (FAT, some network shares): copy instead.
            }
        }
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            for (long n; done < size && (n = in.transferTo(done, size - done, out)) > 0; ) {
                done += n;
            }
            if (done != size) {
                throw new IOException(from + " changed while it was copied to its backup");
            }
            out.force(true);
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the folder's entries (the renames) durable. */
    private static void syncFolder(Path dir) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Left for the next sweep.
            }
        }
    }

    /**
     * Removes the temporary files that interrupted saves of {@code file} left beside it (beside its link target
     * for a link): those named {@code .F.tmp-PID-RANDOM} or {@code .F.bak.tmp-PID-RANDOM} whose process is no
     * longer running or that were last modified more than {@link #STALE_AFTER} ago, and those named
     * {@code .F.RANDOM.tmp} by earlier versions of the atlas that are that old (those name no process). Other
     * files are never touched. Best effort: never throws; safe from any thread. A process on another machine
     * sharing the folder looks ended; removing its temporary file makes its save fail, never damages a file.
     *
     * @return how many files were removed
     */
    public static int sweepStaleTemporaries(Path file) {
        Path target;
        try {
            target = target(file);
        } catch (IOException e) {
            return 0;
        }
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        DirectoryStream.Filter<Path> named = p -> p.getFileName().toString().startsWith(prefix);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, named)) {
            for (Path p : s) {
                String rest = p.getFileName().toString().substring(prefix.length() - 1);
                if (isStale(p, rest, staleBefore) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // No folder, or one that cannot be listed or changed: nothing to sweep.
        }
        return removed;
    }

    private static boolean isStale(Path p, String rest, Instant staleBefore) throws IOException {
        Matcher m = TEMPORARY.matcher(rest);
        boolean ours = m.matches();
        if (!ours && !OLD_TEMPORARY.matcher(rest).matches()) {
            return false;
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            return false;
        }
        if (a.lastModifiedTime().toInstant().isBefore(staleBefore)) {
            return true;
        }
        return ours && !isRunning(Long.parseLong(m.group(1)));
    }

    private static boolean isRunning(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
