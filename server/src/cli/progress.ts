// A progress bar on standard error for long runs: only when stderr is a terminal and not --quiet.

export class Progress {
  private done = 0;
  private bytes = 0;
  private last = 0;
  private readonly started = Date.now();

  constructor(private readonly total: number, private readonly enabled: boolean) {}

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = Date.now();
    if (!this.enabled || (now - this.last < 100 && this.done < this.total)) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.done / Math.max(1, this.total)) * width);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.bytes / 2 ** 20 / seconds : 0;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} files, ${rate.toFixed(1)} MB/s `);
  }

  end(): void {
    if (this.enabled && this.total) process.stderr.write('\n');
  }
}
