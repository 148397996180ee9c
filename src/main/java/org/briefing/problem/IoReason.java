package org.briefing.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words: Java's exceptions for a refused permission or a missing
 * file carry only the file's path as their message, which read as "cannot write X: X".
 */
public final class IoReason {
  private IoReason() {}

  public static String of(IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof FileAlreadyExistsException ? "it already exists"
        : e instanceof NotDirectoryException ? "not a folder"
        : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : null;
    if (reason == null) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    FileSystemException f = (FileSystemException) e;
    return f.getFile() == null ? reason : reason + " (" + f.getFile() + (f.getOtherFile() == null ? "" : ", " + f.getOtherFile()) + ")";
  }

  /** What to do about {@code e}, or null when nothing general can be said. */
  public static String hint(Throwable e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof AccessDeniedException) {
      return "check that you may write to that folder (its owner and permissions), or build into another with --out";
    }
    String reason = cause instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(cause.getMessage());
    if (reason.contains("No space left") || reason.contains("Disk quota exceeded")) {
      return "free some space on that disk, or build into a folder on another with --out";
    }
    if (reason.contains("File too large")) {
      return "a limit on the size of files stops the write (see 'ulimit -f'), or the disk is full: raise the limit or free some space";
    }
    return null;
  }
}
