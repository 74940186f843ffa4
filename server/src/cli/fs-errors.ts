// A file-system error in plain words, for one line of output (never a stack trace).

const WORDS: Record<string, string> = {
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EBUSY: 'the file is busy',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
  EFBIG: 'the file is too large for the file system',
  EXDEV: 'not on the same file system',
};

export function fsErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && WORDS[code]) return WORDS[code];
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
