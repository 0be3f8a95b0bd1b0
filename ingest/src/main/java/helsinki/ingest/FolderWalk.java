package helsinki.ingest;

import helsinki.core.InputException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files under a folder for {@link Ingester#expand}: follows links, visits each folder once
 * (a link back to an ancestor is a loop the JDK reports, and is skipped), skips hidden entries, and
 * keeps anything it cannot open in the list so that reading it says why.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {

  private final Path root;
  private final List<Path> found = new ArrayList<>();

  private FolderWalk(Path root) {
    this.root = root;
  }

  static List<Path> expand(Path root) throws InputException {
    if (!Files.exists(root)) {
      throw new InputException(root.toString(), Files.isSymbolicLink(root) ? "is a broken link" : "no such file or folder");
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    FolderWalk walk = new FolderWalk(root);
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    } catch (IOException e) {
      throw new InputException(root.toString(), "cannot list the folder: " + Reasons.shortReason(e), e);
    }
    walk.found.sort(null);
    return List.copyOf(walk.found);
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (!hidden(file)) {
      found.add(file); // pipes, devices and broken links too: reading them gives the reason
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    // A loop leads back to a folder already listed, so skipping it loses nothing; anything else
    // (a folder without permission) stays in the list, and reading it tells the user.
    if (!(e instanceof FileSystemLoopException) && !hidden(file)) {
      found.add(file);
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      found.add(dir); // the listing broke off part-way; reading the folder says so
    }
    return FileVisitResult.CONTINUE;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
