package dev.eddy.stdlib.io;

import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.TypeMethods;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptorTableTest {
    @BeforeAll
    static void runtime() {
        TypeMethods.installAll();
    }

    @Test
    void javaFailuresMapToLinuxErrnos() {
        assertEquals(Errno.ENOENT, Errno.of(new NoSuchFileException("x")));
        assertEquals(Errno.EACCES, Errno.of(new AccessDeniedException("x")));
        assertEquals(Errno.EISDIR, Errno.of(new FileSystemException("x", null, "Is a directory")));
        assertEquals(Errno.ENOTDIR, Errno.of(new FileSystemException("x", null, "Not a directory")));
        assertEquals(Errno.EIO, Errno.of(new IOException("something odd")));
        assertEquals("No such file or directory", Errno.message(2));
        assertEquals("Unknown error 9999", Errno.message(9999));
        assertEquals("EAGAIN", Errno.NAMES.get(11));
        assertEquals(11, Errno.NUMBERS.get("EWOULDBLOCK"));
    }

    @Test
    void errorsAreTheErrnoSubclassWithFilename() {
        PyException e = Errno.error(Errno.ENOENT, new PyStr("missing.txt"));
        assertEquals("FileNotFoundError", e.type().name);
        assertEquals("[Errno 2] No such file or directory: 'missing.txt'", e.value.str().value);
    }

    @Test
    void descriptorsTakeTheLowestFreeNumberAndShareOnDup(@TempDir Path dir) throws IOException {
        OsState os = OsState.current();
        os.chdir(dir);
        int fd = os.open("f.txt", new PyStr("f.txt"), PosixFlags.O_RDWR | PosixFlags.O_CREAT, 0644, false);
        assertEquals(3, fd);
        byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
        os.get(fd).write(data, 0, data.length);
        int copy = os.dup(fd);
        assertEquals(4, copy);
        os.close(fd);
        assertFalse(os.isOpen(fd));
        // the duplicate still reaches the file, at the shared position
        os.get(copy).seek(0, 0);
        byte[] back = new byte[5];
        assertEquals(5, os.get(copy).read(back, 0, 5));
        assertArrayEquals(data, back);
        assertEquals(3, os.dup(copy));
        os.close(3);
        os.close(copy);
        assertThrows(PyException.class, () -> os.close(copy));
        assertTrue(Files.exists(dir.resolve("f.txt")));
    }

    @Test
    void openRefusesDirectoriesForWritingAndExclusiveCreationOfExistingFiles(@TempDir Path dir) throws IOException {
        OsState os = OsState.current();
        os.chdir(dir);
        Files.writeString(dir.resolve("there"), "x");
        PyException e = assertThrows(PyException.class,
                () -> os.open(".", new PyStr("."), PosixFlags.O_WRONLY, 0, false));
        assertEquals("IsADirectoryError", e.type().name);
        e = assertThrows(PyException.class,
                () -> os.open("there", new PyStr("there"), PosixFlags.O_WRONLY | PosixFlags.O_CREAT | PosixFlags.O_EXCL, 0644, false));
        assertEquals("FileExistsError", e.type().name);
    }
}
